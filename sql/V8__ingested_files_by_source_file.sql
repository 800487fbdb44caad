-- The stream's own listing of the landing folder asks which of the files it sees a batch of the stream has stored
-- (instead of Spark's file source remembering every file name in the checkpoint): this index answers by file,
-- whatever the batch, without reading the stream's other rows.
CREATE INDEX IF NOT EXISTS idx_ingested_files_by_source_file ON ingested_files (stream_id, source_file);
