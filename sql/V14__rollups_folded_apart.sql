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
-- every transaction that was writing events when it was read has ended: a statement that inserts events first takes
-- a shared advisory lock for the rest of its transaction (user_events_mark_writer), before it draws any id; the fold
-- reads the sequence, then the transactions holding that lock, and folds through the mark once none of them runs
-- any more (at once if none did; otherwise at a later fold, which keeps the mark and its writers as a candidate).
-- Only writers of events are waited for: a long transaction elsewhere holds nothing back. Events with explicit ids
-- bypass the sequence and are not supported.
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
-- V12's fold of the rows a transaction collected; a catch-up reads the events themselves.
DROP FUNCTION IF EXISTS rollups_fold_pending();
-- [jooq ignore stop]

-- One row: how far the rollups are folded.
CREATE TABLE IF NOT EXISTS rollup_fold (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    -- Every event with an id up to this is in the rollups, and no transaction can still add one.
    folded_through BIGINT NOT NULL,
    -- Every event committed before this is in the rollups.
    exact_as_of TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A mark waiting for the transactions writing events when it was read (candidate_writers) to end, and its time.
    candidate_through BIGINT,
    candidate_at TIMESTAMP WITH TIME ZONE
);

-- [jooq ignore start]
-- Virtual transaction ids (pg_locks.virtualtransaction), which PostgreSQL does not reuse while a server runs.
ALTER TABLE rollup_fold ADD COLUMN IF NOT EXISTS candidate_writers TEXT[];

-- The rollups were exact at every commit until now, and DROP TRIGGER waited for every transaction that inserted.
INSERT INTO rollup_fold (folded_through, exact_as_of)
SELECT COALESCE(MAX(id), 0), clock_timestamp() FROM user_events
ON CONFLICT DO NOTHING;

-- The advisory lock that marks a transaction writing events: held in shared mode, it blocks no one.
CREATE OR REPLACE FUNCTION rollups_mark_writer() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(6909543, 14);
    RETURN NULL;
END
$$;

CREATE TRIGGER user_events_mark_writer BEFORE INSERT ON user_events
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_mark_writer();

-- The transactions writing events now, this one aside.
CREATE OR REPLACE FUNCTION rollups_writers() RETURNS TEXT[]
    LANGUAGE sql STABLE AS $$
    SELECT COALESCE(array_agg(virtualtransaction), '{}') FROM pg_locks
    WHERE locktype = 'advisory' AND classid = 6909543 AND objid = 14 AND objsubid = 2
      AND pid IS DISTINCT FROM pg_backend_pid()
$$;

-- Whether every one of these transactions has ended.
CREATE OR REPLACE FUNCTION rollups_all_ended(writers TEXT[]) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT FROM pg_locks WHERE locktype = 'virtualxid' AND virtualxid = ANY (writers))
$$;

-- The session's temporary tables of what a catch-up folds in: the users per hour x type x category x block, and the
-- counts and sums per hour x type x category and per hour x type x category x product.
CREATE OR REPLACE FUNCTION rollups_pending_tables() RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF to_regclass('pg_temp.rollup_pending_members') IS NULL THEN
        CREATE TEMPORARY TABLE rollup_pending_members (
            event_hour TIMESTAMP NOT NULL,
            event_type VARCHAR(20) COLLATE "C" NOT NULL,
            category VARCHAR(100) COLLATE "C" NOT NULL,
            user_block INTEGER NOT NULL,
            members BIT(4096) NOT NULL
        ) ON COMMIT DELETE ROWS;
    END IF;
    IF to_regclass('pg_temp.rollup_pending_counts') IS NULL THEN
        CREATE TEMPORARY TABLE rollup_pending_counts (
            event_hour TIMESTAMP NOT NULL,
            event_type VARCHAR(20) COLLATE "C" NOT NULL,
            category VARCHAR(100) COLLATE "C" NOT NULL,
            product_id VARCHAR(50) COLLATE "C",
            product_name VARCHAR(255) COLLATE "C",
            per_product BOOLEAN NOT NULL,
            event_count BIGINT NOT NULL,
            total_value NUMERIC NOT NULL
        ) ON COMMIT DELETE ROWS;
    END IF;
END
$$;

-- Folds the events of ids (after, through] into the rollups: three reads of them by id (the new users, the users per
-- set, the counts), each aggregated in memory, then one upsert per rollup of the few rows that came out. Each upsert
-- takes its rows in key order; a set's row is rewritten only when it gains a user.
CREATE OR REPLACE FUNCTION rollups_fold_ids(after BIGINT, through BIGINT) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp SET work_mem = '256MB' AS $$
BEGIN
    IF through <= after THEN
        RETURN;
    END IF;
    PERFORM rollups_pending_tables();
    -- Only users without a number draw one, so that the numbers stay dense and the blocks few.
    INSERT INTO rollup_users (user_id)
    SELECT DISTINCT e.user_id FROM user_events AS e
    WHERE e.id > after AND e.id <= through
      AND NOT EXISTS (SELECT FROM rollup_users AS u WHERE u.user_id = e.user_id)
    ORDER BY e.user_id
    ON CONFLICT DO NOTHING;

    -- Users are gathered 64 to a bigint first (bit_or on integers allocates nothing), and each word then shifted to
    -- its place in its block's bit(4096): one 512-byte OR per word rather than per event. An OR does not mind a
    -- user's repeats: no DISTINCT needed. Bit 0 is the leftmost, as in rollup_user_bit.
    INSERT INTO pg_temp.rollup_pending_members
    SELECT event_hour, event_type, category, user_block,
           bit_or((word::bit(64) || B'0'::bit(4032)) >> (slot * 64))
    FROM (SELECT date_trunc('hour', e.event_timestamp) AS event_hour, e.event_type, e.category,
                 rollup_user_block(u.user_number) AS user_block, (u.user_number >> 6) & 63 AS slot,
                 bit_or(1::bigint << (63 - (u.user_number & 63))) AS word
          FROM user_events AS e JOIN rollup_users AS u USING (user_id)
          WHERE e.id > after AND e.id <= through
          GROUP BY 1, 2, 3, 4, 5) AS words
    GROUP BY 1, 2, 3, 4;

    INSERT INTO pg_temp.rollup_pending_counts
    SELECT date_trunc('hour', event_timestamp), event_type, category, product_id, product_name,
           GROUPING(product_id, product_name) = 0, COUNT(*), SUM(price)
    FROM user_events WHERE id > after AND id <= through
    GROUP BY GROUPING SETS ((date_trunc('hour', event_timestamp), event_type, category),
                            (date_trunc('hour', event_timestamp), event_type, category, product_id, product_name));

    INSERT INTO rollup_hour_members AS t (event_hour, event_type, category, user_block, members)
    SELECT * FROM pg_temp.rollup_pending_members ORDER BY 1, 2, 3, 4
    ON CONFLICT (event_hour, event_type, category, user_block) DO UPDATE SET members = t.members | EXCLUDED.members
        WHERE t.members | EXCLUDED.members <> t.members;

    INSERT INTO rollup_day_members AS t (event_day, event_type, category, user_block, members)
    SELECT date_trunc('day', event_hour), event_type, category, user_block, bit_or(members)
    FROM pg_temp.rollup_pending_members GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (event_day, event_type, category, user_block) DO UPDATE SET members = t.members | EXCLUDED.members
        WHERE t.members | EXCLUDED.members <> t.members;

    INSERT INTO rollup_members AS t (event_type, category, user_block, members)
    SELECT event_type, category, user_block, bit_or(members)
    FROM pg_temp.rollup_pending_members GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (event_type, category, user_block) DO UPDATE SET members = t.members | EXCLUDED.members
        WHERE t.members | EXCLUDED.members <> t.members;

    INSERT INTO rollup_hour_type_members AS t (event_hour, event_type, user_block, members)
    SELECT event_hour, event_type, user_block, bit_or(members)
    FROM pg_temp.rollup_pending_members GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (event_hour, event_type, user_block) DO UPDATE SET members = t.members | EXCLUDED.members
        WHERE t.members | EXCLUDED.members <> t.members;

    INSERT INTO rollup_type_categories AS t (event_type, category, event_count, total_value)
    SELECT event_type, category, SUM(event_count), SUM(total_value)
    FROM pg_temp.rollup_pending_counts WHERE NOT per_product GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (event_type, category) DO UPDATE
        SET event_count = t.event_count + EXCLUDED.event_count, total_value = t.total_value + EXCLUDED.total_value;

    INSERT INTO rollup_hour_categories AS t (event_hour, event_type, category, event_count, total_value)
    SELECT event_hour, event_type, category, event_count, total_value
    FROM pg_temp.rollup_pending_counts WHERE NOT per_product ORDER BY 1, 2, 3
    ON CONFLICT (event_hour, event_type, category) DO UPDATE
        SET event_count = t.event_count + EXCLUDED.event_count, total_value = t.total_value + EXCLUDED.total_value;

    INSERT INTO rollup_hour_purchases AS t (event_hour, product_id, product_name, category, purchase_count, revenue)
    SELECT event_hour, product_id, product_name, category, event_count, total_value
    FROM pg_temp.rollup_pending_counts WHERE per_product AND event_type = 'purchase' ORDER BY 1, 2, 3, 4
    ON CONFLICT (event_hour, product_id, product_name, category) DO UPDATE
        SET purchase_count = t.purchase_count + EXCLUDED.purchase_count, revenue = t.revenue + EXCLUDED.revenue;

    TRUNCATE pg_temp.rollup_pending_members, pg_temp.rollup_pending_counts;
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
    writers TEXT[];
    through BIGINT;
    through_at TIMESTAMP WITH TIME ZONE;
BEGIN
    SELECT * INTO state FROM rollup_fold FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN (SELECT exact_as_of FROM rollup_fold);
    END IF;
    -- In this order: an event committed before mark_at drew its id before the sequence is read, and a transaction
    -- that drew an id by then has either ended or still holds the writers' lock when the locks are read after.
    mark_at := clock_timestamp();
    SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO mark FROM user_events_id_seq;
    writers := rollups_writers();

    through := state.folded_through;
    through_at := state.exact_as_of;
    IF cardinality(writers) = 0 THEN
        through := mark;
        through_at := mark_at;
        state.candidate_through := NULL;
        state.candidate_at := NULL;
        state.candidate_writers := NULL;
    ELSIF state.candidate_through IS NOT NULL AND rollups_all_ended(state.candidate_writers) THEN
        through := state.candidate_through;
        through_at := state.candidate_at;
        state.candidate_through := mark;
        state.candidate_at := mark_at;
        state.candidate_writers := writers;
    ELSIF state.candidate_through IS NULL THEN
        state.candidate_through := mark;
        state.candidate_at := mark_at;
        state.candidate_writers := writers;
    END IF;

    PERFORM rollups_fold_ids(state.folded_through, through);
    UPDATE rollup_fold
    SET folded_through = GREATEST(through, state.folded_through), exact_as_of = GREATEST(through_at, state.exact_as_of),
        candidate_through = state.candidate_through, candidate_at = state.candidate_at,
        candidate_writers = state.candidate_writers;
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
        candidate_at = NULL, candidate_writers = NULL;
    RETURN NULL;
END
$$;

REVOKE EXECUTE ON FUNCTION rollups_fold_ids(BIGINT, BIGINT), rollups_all_ended(TEXT[]), rollups_writers(),
    rollups_pending_tables() FROM PUBLIC;
-- The roles' scripts (sql/roles) grant it to the application and the dashboard.
REVOKE EXECUTE ON FUNCTION rollups_fold_committed() FROM PUBLIC;
-- [jooq ignore stop]
