package dev.ingest.application.port.in;

import dev.ingest.application.port.out.BatchTally;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.List;

/** One partition being processed: files announced, then their records, then {@link #finish()}. */
public interface PartitionRun extends AutoCloseable {

    /** Announces the file whose records follow, with the time it landed. */
    void beginFile(String path, Instant landedAt);

    /** Validates one record of the current file, writing it to the store or quarantining it. */
    void accept(RawRecord record);

    /** Notes the current file's header columns that were not read (columns beyond the eight event columns). */
    void ignoredColumns(List<String> names);

    /** Stores the partition's events and rejections and returns what became of its records. */
    BatchTally finish();

    /** Abandons the partition's work unless {@link #finish()} completed. */
    @Override
    void close();
}
