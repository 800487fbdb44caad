-- One row per input file of each committed micro-batch, written in the same transaction as the batch's ledger row, so
-- that `ingest verify` can match every file that arrived with the batch that took it and the records it held.
-- source_file is the path exactly as the stream's source named it (Spark: a URL-encoded file: URI); VARCHAR without a
-- length is TEXT to PostgreSQL, and unlike TEXT it can be a key when jOOQ simulates the schema on H2.
CREATE TABLE IF NOT EXISTS ingested_files (
    stream_id VARCHAR(100) NOT NULL,
    batch_id BIGINT NOT NULL,
    source_file VARCHAR NOT NULL,
    records BIGINT NOT NULL CHECK (records >= 0),
    landed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (stream_id, batch_id, source_file)
);
