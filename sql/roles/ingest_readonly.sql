-- A read-only login for the dashboard (`ingest dashboard`) and for `ingest report`: it may read the stored events,
-- the reporting views, the ingestion ledger and the streams' posted backlog, and nothing else; it can write nothing.
-- Give it to a dashboard that others can reach, so that even a flaw in it could not change what was stored.
--
-- Not a Flyway migration: a role belongs to the whole server and its password to the operator. Run it as the schema's
-- owner, in the application's database, after `ingest migrate` (and again after any later migration):
--
--   psql -h HOST -U postgres -d ecommerce_events -v ON_ERROR_STOP=1 \
--        -v ingest_readonly_password="$INGEST_READONLY_PASSWORD" -f sql/roles/ingest_readonly.sql
--
-- then run the dashboard as that user:
--   POSTGRES_USER=ingest_readonly POSTGRES_PASSWORD="$INGEST_READONLY_PASSWORD" ingest dashboard
-- Running it again is safe.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ingest_readonly') THEN
        CREATE ROLE ingest_readonly NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ingest_readonly', current_database());
END
$$;

ALTER ROLE ingest_readonly WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'ingest_readonly_password';

-- Every session of the role is read-only, whatever a client asks for.
ALTER ROLE ingest_readonly SET default_transaction_read_only = on;

GRANT USAGE ON SCHEMA public TO ingest_readonly;

-- The reports: the views, and the events themselves for filtered reports.
GRANT SELECT ON user_events TO ingest_readonly;
GRANT SELECT ON v_event_summary, v_hourly_events, v_purchase_funnel, v_top_products, v_recent_activity
    TO ingest_readonly;
-- Filtered reports read the rollups (V10, V12) directly.
GRANT SELECT ON rollup_type_categories, rollup_hour_categories, rollup_hour_purchases, rollup_users,
    rollup_members, rollup_day_members, rollup_hour_members, rollup_hour_type_members, rollup_fold TO ingest_readonly;
-- The fold of newly committed events into the rollups (V14) runs as the schema's owner: a role may ask for it, and
-- it folds only what is committed, but no role writes a rollup itself.
GRANT EXECUTE ON FUNCTION rollups_fold_committed() TO ingest_readonly;

-- The ingestion's health: the ledger, its per-file rows and the streams' latest backlog.
GRANT SELECT ON ingestion_batches, ingested_files, stream_progress TO ingest_readonly;
