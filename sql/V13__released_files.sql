-- A file leaves the landing folder after a batch stored it: archived or deleted by the stream, or removed by someone
-- else. The stream marks its rows released then, so that a file landing later under the same name (a daily
-- export.csv) is a new file to ingest, while a file still in the folder is never read twice. Offset ranges
-- (kafka://…) are never released.
ALTER TABLE ingested_files ADD COLUMN IF NOT EXISTS released_at TIMESTAMP WITH TIME ZONE;

-- What a stream asks once when it starts: its files still held in the landing folder. Rows released (the months
-- an archiving stream has read) and offset ranges stay out of it, so the answer costs what the folder holds.
CREATE INDEX IF NOT EXISTS idx_ingested_files_held ON ingested_files (stream_id, source_file)
    WHERE released_at IS NULL AND source_file NOT LIKE 'kafka://%';
