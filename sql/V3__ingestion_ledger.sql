-- The ingestion ledger: one row per committed micro-batch, written in the same transaction that stores the batch's
-- events. Its primary key is what makes a replayed batch a no-op.
CREATE TABLE IF NOT EXISTS ingestion_batches (
    stream_id VARCHAR(100) NOT NULL,
    batch_id BIGINT NOT NULL,
    records_in BIGINT NOT NULL,
    stored BIGINT NOT NULL,
    duplicates BIGINT NOT NULL,
    quarantined BIGINT NOT NULL,
    -- Reason codes with their counts, e.g. 'INVALID_PRICE=2;MISSING_USER_ID=1'; empty when nothing was quarantined.
    quarantined_by_reason TEXT NOT NULL DEFAULT '',
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (stream_id, batch_id),
    CHECK (records_in = stored + duplicates + quarantined)
);

-- Where the executors COPY a batch's valid events, one (stream, batch, partition) slice per writer, until the driver
-- moves them into user_events. No constraints beyond NOT NULL: repeated event ids are expected here and resolved by
-- the commit, first occurrence (source_file, record_number) winning.
CREATE TABLE IF NOT EXISTS staged_events (
    stream_id VARCHAR(100) NOT NULL,
    batch_id BIGINT NOT NULL,
    partition_id INTEGER NOT NULL,
    source_file TEXT NOT NULL,
    record_number BIGINT NOT NULL,
    event_id VARCHAR(50) NOT NULL,
    user_id VARCHAR(50) NOT NULL,
    product_id VARCHAR(50) NOT NULL,
    product_name VARCHAR(255) NOT NULL,
    category VARCHAR(100) NOT NULL,
    price DECIMAL(10, 2) NOT NULL,
    event_type VARCHAR(20) NOT NULL,
    event_timestamp TIMESTAMP NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_staged_events_slice ON staged_events (stream_id, batch_id, partition_id);

-- Staging is scratch space: skipping the write-ahead log halves the cost of every COPY. A crash of PostgreSQL empties
-- an unlogged table; the commit then finds fewer staged rows than the batch's tally, refuses, and the replayed batch
-- stages again. A clean restart keeps the rows. (jOOQ's parser does not know this statement; it changes no column.)
-- [jooq ignore start]
ALTER TABLE staged_events SET UNLOGGED;
-- [jooq ignore stop]
