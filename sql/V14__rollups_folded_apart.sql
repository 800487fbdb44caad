-- The report rollups folded apart from the writes: a transaction that stores events no longer folds them into the
-- rollups at its COMMIT (V10, V12); a fold, run every few seconds by the stream and the dashboard and before each
-- `ingest report`, folds all the events committed since the last one at once.
--
-- Why: a fold's cost is in the rollup rows it touches, and a backfill's transaction of 10,000 events spread over weeks
-- touches as many as it has events (hours x types x categories x user blocks). Folding each transaction kept the
-- rollups exact at every commit but made a bulk load 1.4-1.8x slower; one fold of 1,000,000 such events touches
-- each rollup row once.
--
-- Which events a fold takes: those whose id is above the last fold's mark (rollup_fold.folded_through) and at most a
-- new mark, read from the id sequence. Ids are drawn before their transactions commit, and not in commit order: a
-- transaction holding id 500 may still be running when ids up to 900 are committed. So a new mark is used only once
-- every transaction that was running when it was read has ended: the fold reads the sequence, then takes a snapshot
-- of the transactions running, and folds through that mark once none of them runs any more (at once if none ran;
-- otherwise at a later fold, which keeps the mark and its snapshot as a candidate). A statement that inserts events
-- draws its transaction id before its first event id (user_events_take_transaction_id), so a transaction that holds
-- an id at or below the mark is in that snapshot. Events with explicit ids bypass the sequence and are not supported.
--
-- What it guarantees: every event committed before rollup_fold.exact_as_of is in the rollups, once; an event is
-- folded exactly once whatever the order of commits, and a crash between an insert's commit and its fold loses
-- nothing: the next fold, of whoever runs it, takes it. The fold writes the rollups as their owner (SECURITY DEFINER);
-- the app and read-only roles may only call it.

-- [jooq ignore start]
DROP TRIGGER IF EXISTS user_events_collect_rollups ON user_events;
DROP TABLE IF EXISTS rollup_pending_transactions;
DROP FUNCTION IF EXISTS rollups_fold();
DROP FUNCTION IF EXISTS rollups_collect();
-- [jooq ignore stop]

-- One row: how far the rollups are folded.
CREATE TABLE IF NOT EXISTS rollup_fold (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    -- Every event with an id up to this is in the rollups, and no transaction can still add one.
    folded_through BIGINT NOT NULL,
    -- Every event committed before this is in the rollups.
    exact_as_of TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A mark waiting for the transactions running when it was read (candidate_running) to end, and its time.
    candidate_through BIGINT,
    candidate_at TIMESTAMP WITH TIME ZONE
);

-- [jooq ignore start]
ALTER TABLE rollup_fold ADD COLUMN IF NOT EXISTS candidate_running pg_snapshot;

-- The rollups were exact at every commit until now, and DROP TRIGGER waited for every transaction that inserted.
INSERT INTO rollup_fold (folded_through, exact_as_of)
SELECT COALESCE(MAX(id), 0), clock_timestamp() FROM user_events
ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION rollups_take_transaction_id() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- An event id is drawn before its transaction needs an id of its own; taking one first puts this transaction in
    -- the snapshot of any fold that reads the sequence after this statement's first event id.
    PERFORM pg_current_xact_id();
    RETURN NULL;
END
$$;

CREATE TRIGGER user_events_take_transaction_id BEFORE INSERT ON user_events
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_take_transaction_id();

-- Whether every transaction of this snapshot that was running has ended (this one aside).
CREATE OR REPLACE FUNCTION rollups_all_ended(running pg_snapshot) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT FROM pg_snapshot_xip(running) AS xid
                       WHERE pg_xact_status(xid) = 'in progress' AND xid IS DISTINCT FROM pg_current_xact_id_if_assigned())
$$;

-- Folds the events of ids (after, through] into the rollups.
CREATE OR REPLACE FUNCTION rollups_fold_ids(after BIGINT, through BIGINT) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF through > after THEN
        PERFORM rollups_pending_tables();
        INSERT INTO pg_temp.rollup_pending_events
        SELECT date_trunc('hour', event_timestamp), event_type, category, user_id, product_id, product_name, price
        FROM user_events WHERE id > after AND id <= through;
        PERFORM rollups_fold_pending();
    END IF;
END
$$;

-- Folds the events committed since the last fold, as far as is safe now, and answers the time the rollups are exact
-- as of. A fold already running elsewhere is not waited for: its answer is as good.
CREATE OR REPLACE FUNCTION rollups_fold_committed() RETURNS timestamp with time zone
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    state rollup_fold%ROWTYPE;
    mark_at TIMESTAMP WITH TIME ZONE;
    mark BIGINT;
    running pg_snapshot;
    through BIGINT;
    through_at TIMESTAMP WITH TIME ZONE;
BEGIN
    SELECT * INTO state FROM rollup_fold FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN (SELECT exact_as_of FROM rollup_fold);
    END IF;
    -- In this order: an event committed before mark_at drew its id before the sequence is read, and a transaction
    -- that drew an id by then is either ended or running in the snapshot taken after.
    mark_at := clock_timestamp();
    SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO mark FROM user_events_id_seq;
    SELECT pg_current_snapshot() INTO running;

    through := state.folded_through;
    through_at := state.exact_as_of;
    IF rollups_all_ended(running) THEN
        through := mark;
        through_at := mark_at;
        state.candidate_through := NULL;
        state.candidate_at := NULL;
        state.candidate_running := NULL;
    ELSIF state.candidate_through IS NOT NULL AND rollups_all_ended(state.candidate_running) THEN
        through := state.candidate_through;
        through_at := state.candidate_at;
        state.candidate_through := mark;
        state.candidate_at := mark_at;
        state.candidate_running := running;
    ELSIF state.candidate_through IS NULL THEN
        state.candidate_through := mark;
        state.candidate_at := mark_at;
        state.candidate_running := running;
    END IF;

    PERFORM rollups_fold_ids(state.folded_through, through);
    UPDATE rollup_fold
    SET folded_through = GREATEST(through, state.folded_through), exact_as_of = GREATEST(through_at, state.exact_as_of),
        candidate_through = state.candidate_through, candidate_at = state.candidate_at,
        candidate_running = state.candidate_running;
    RETURN GREATEST(through_at, state.exact_as_of);
END
$$;

-- A rebuild recomputes the rollups from the events the folds have taken so far (an UPDATE or DELETE of events, and
-- by hand); those above the mark stay for the next fold. It waits for a fold running elsewhere.
CREATE OR REPLACE FUNCTION rollups_rebuild() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    through BIGINT;
BEGIN
    SELECT folded_through INTO through FROM rollup_fold FOR UPDATE;
    PERFORM rollups_empty();
    PERFORM rollups_fold_ids(0, through);
END
$$;

-- After a TRUNCATE of the events the rollups are empty and exact; ids may start again from 1 (RESTART IDENTITY).
CREATE OR REPLACE FUNCTION rollups_truncate() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM rollups_empty();
    UPDATE rollup_fold SET folded_through = 0, exact_as_of = clock_timestamp(), candidate_through = NULL,
        candidate_at = NULL, candidate_running = NULL;
    RETURN NULL;
END
$$;

REVOKE EXECUTE ON FUNCTION rollups_fold_ids(BIGINT, BIGINT), rollups_all_ended(pg_snapshot) FROM PUBLIC;
-- The roles' scripts (sql/roles) grant it to the application and the dashboard.
REVOKE EXECUTE ON FUNCTION rollups_fold_committed() FROM PUBLIC;
-- [jooq ignore stop]
