package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.List;

/**
 * One partition of a batch as the driving adapter reads it, unit after unit (a landed file, or one topic-partition's
 * range of offsets): every record validated, the valid events staged once, the rest quarantined, each unit tallied.
 * Nothing is stored before {@link #commit}; closed without it, the partition leaves nothing behind.
 */
public interface PartitionIngest extends AutoCloseable {

    /**
     * Begins the next unit: its records follow, numbered by their origins.
     *
     * @param unit     a landed file or an offset range
     * @param landedAt when the unit arrived, from which its latency counts
     */
    void startUnit(SourceUnit unit, Instant landedAt);

    /** Takes the current unit's next record. */
    void accept(RawRecord record);

    /**
     * Ends the current unit.
     *
     * @param unreadFields the names of the fields it held beyond the eight event fields (a file's extra columns)
     */
    void endUnit(List<String> unreadFields);

    /** Stores the partition's units and quarantine, each unit exactly once, and tallies the partition. */
    BatchTally commit();

    /** Releases the partition's writers; nothing is stored without {@link #commit}. */
    @Override
    void close();
}
