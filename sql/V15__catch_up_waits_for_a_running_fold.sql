-- V15: a catch-up waits for one running elsewhere rather than skip it (V14 took the fold's row with SKIP LOCKED and
-- answered the running fold's time): a stream's last catch-up, or a report's, that met another process's fold (a
-- dashboard's, every 5 s) returned before its own commits were folded, and the reports were exact only at the next
-- catch-up. The function keeps its name, signature and grants; only the row lock changes.

-- [jooq ignore start]
-- Folds the events committed since the last fold, as far as is safe now, and answers the time the rollups are exact
-- as of. A fold already running elsewhere is waited for, and then what it left is folded: a caller's own commits are
-- folded by the time it returns (a stream's last catch-up, a report's), whoever else was folding.
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
    SELECT * INTO state FROM rollup_fold FOR UPDATE;
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
-- [jooq ignore stop]
