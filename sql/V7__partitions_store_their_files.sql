-- Each partition now stores its files in a transaction of its own, COPYing straight into user_events, and records
-- every file it stored here in the same transaction: the file row is what makes a re-run partition skip the file,
-- and its counts are what the re-run reports. The driver's ledger row (ingestion_batches) follows once every
-- partition is done. Rows from before V7 have no counts.
ALTER TABLE ingested_files ADD COLUMN stored BIGINT;
ALTER TABLE ingested_files ADD COLUMN duplicates BIGINT;
ALTER TABLE ingested_files ADD COLUMN quarantined BIGINT;
ALTER TABLE ingested_files ADD CONSTRAINT ingested_files_records_add_up
    CHECK (stored IS NULL OR records = stored + duplicates + quarantined);

-- Nothing is staged between transactions any more.
DROP TABLE IF EXISTS staged_events;
