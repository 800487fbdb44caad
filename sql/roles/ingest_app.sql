-- A least-privilege login for the running application: it may read and add rows where the stream, `report` and
-- `verify` need to, replace only the stream's own progress row, and delete nothing. It owns nothing, so it can neither drop nor
-- alter a table, nor update or delete a stored event or a ledger row. The schema stays with its owner, who runs
-- `ingest migrate`; at start the stream only checks with Flyway that the schema is current.
--
-- Not a Flyway migration: a role belongs to the whole server and its password to the operator. Run it as the schema's
-- owner, in the application's database, after `ingest migrate` (and again after any later migration):
--
--   psql -h HOST -U postgres -d ecommerce_events -v ON_ERROR_STOP=1 \
--        -v ingest_app_password="$INGEST_APP_PASSWORD" -f sql/roles/ingest_app.sql
--
-- then run the application as that user: POSTGRES_USER=ingest_app POSTGRES_PASSWORD="$INGEST_APP_PASSWORD".
-- Running it again is safe.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ingest_app') THEN
        CREATE ROLE ingest_app NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ingest_app', current_database());
    -- A partition whose ids were stored before copies its rows into a temporary table first (PendingEvents).
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO ingest_app', current_database());
END
$$;

ALTER ROLE ingest_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'ingest_app_password';

GRANT USAGE ON SCHEMA public TO ingest_app;

-- Events: COPYed in by the executors' partitions, read for ids stored before, by reports and by verify; never changed.
GRANT SELECT, INSERT ON user_events TO ingest_app;
GRANT USAGE ON SEQUENCE user_events_id_seq TO ingest_app;

-- The ledger and its per-file rows: written once per batch and file, read to skip replays and by verify.
GRANT SELECT, INSERT ON ingestion_batches TO ingest_app;
GRANT SELECT, INSERT ON ingested_files TO ingest_app;
-- A stored file that left the landing folder is marked released; nothing else of a row ever changes.
GRANT UPDATE (released_at) ON ingested_files TO ingest_app;
-- The Kafka source's offset ranges, by topic-partition: read at start to skip what any stream stored.
GRANT SELECT, INSERT ON ingested_offsets TO ingest_app;

-- The stream's latest backlog, one row per stream replaced at each progress event (an upsert: INSERT and UPDATE),
-- read by the dashboard.
GRANT SELECT, INSERT, UPDATE ON stream_progress TO ingest_app;

-- Reports.
GRANT SELECT ON v_event_summary, v_hourly_events, v_purchase_funnel, v_top_products, v_recent_activity TO ingest_app;
-- Filtered reports read the rollups (V10, V12) directly; only the schema owner's trigger functions write them.
GRANT SELECT ON rollup_type_categories, rollup_hour_categories, rollup_hour_purchases, rollup_users,
    rollup_members, rollup_day_members, rollup_hour_members, rollup_hour_type_members, rollup_fold TO ingest_app;
-- The fold of newly committed events into the rollups (V14) runs as the schema's owner: a role may ask for it, and
-- it folds only what is committed, but no role writes a rollup itself.
GRANT EXECUTE ON FUNCTION rollups_fold_committed() TO ingest_app;

-- The stream's start-up check that every migration is applied.
GRANT SELECT ON flyway_schema_history TO ingest_app;
