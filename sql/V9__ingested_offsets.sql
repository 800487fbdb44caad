-- The Kafka source's units are ranges of one topic-partition's offsets. Each stored range has its row in
-- ingested_files (source_file = 'kafka://<topic>/<partition>/<from>-<until>', with its counts) like a file, and here,
-- keyed by topic-partition whatever the stream: a stream started again without its checkpoint skips the offsets
-- recorded here instead of counting them twice. Written in the same partition transaction as the events.
ALTER TABLE ingested_files ADD COLUMN skipped BIGINT NOT NULL DEFAULT 0 CHECK (skipped >= 0);

CREATE TABLE IF NOT EXISTS ingested_offsets (
    topic VARCHAR(249) NOT NULL,
    kafka_partition INTEGER NOT NULL CHECK (kafka_partition >= 0),
    from_offset BIGINT NOT NULL CHECK (from_offset >= 0),
    until_offset BIGINT NOT NULL,
    stream_id VARCHAR(100) NOT NULL,
    batch_id BIGINT NOT NULL,
    source_file VARCHAR NOT NULL,
    PRIMARY KEY (topic, kafka_partition, from_offset),
    CHECK (until_offset > from_offset),
    FOREIGN KEY (stream_id, batch_id, source_file) REFERENCES ingested_files (stream_id, batch_id, source_file)
);
