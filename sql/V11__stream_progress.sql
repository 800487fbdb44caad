-- What each running stream last reported of the work waiting for it, for the dashboard: the files and bytes its
-- landing-folder source has listed but no batch has taken yet, and, for a Kafka source, the consumer lag in records
-- (NULL for a folder). One row per stream, replaced at every progress event of the stream's query; nothing else
-- depends on it, so a stream that cannot write it keeps ingesting.
CREATE TABLE IF NOT EXISTS stream_progress (
    stream_id VARCHAR(100) PRIMARY KEY,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    backlog_files BIGINT NOT NULL CHECK (backlog_files >= 0),
    backlog_bytes BIGINT NOT NULL CHECK (backlog_bytes >= 0),
    kafka_lag BIGINT CHECK (kafka_lag >= 0)
);
