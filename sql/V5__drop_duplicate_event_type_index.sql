-- idx_user_events_event_type (V1) indexes the leading column of idx_user_events_type_timestamp, which serves every
-- filter on event_type as well (ReportingPlansIT checks the reports' plans). One index less to maintain on every
-- insert: a bare COPY of 1,000,000 events took ~22% less time without it (bench/throughput.sh, README Performance).
DROP INDEX IF EXISTS idx_user_events_event_type;
