package dev.ingest.domain.batch;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One source unit as a partition read it (a file, or a log's range of offsets): the unit, when it landed (a file's
 * modification time, a range's first message time), how many records it held and how many of them were quarantined.
 * The rest are valid events, which the partition's writer stores or counts as duplicates.
 *
 * @param skipped messages without a value (tombstones), which are no records; always 0 for a file
 */
public record UnitRead(SourceUnit unit, Instant landedAt, long records, long quarantined, long skipped)
        implements Serializable {

    public UnitRead {
        Objects.requireNonNull(unit, "unit");
        if (quarantined < 0 || quarantined > records || skipped < 0) {
            throw new IllegalArgumentException(unit.id() + ": " + quarantined + " quarantined of " + records
                    + " records, " + skipped + " skipped");
        }
    }

    /** A file as read: a file holds no tombstones. */
    public UnitRead(SourceUnit unit, Instant landedAt, long records, long quarantined) {
        this(unit, landedAt, records, quarantined, 0);
    }

    /** The id that names the unit in the per-unit rows and its records' origins. */
    public String unitId() {
        return unit.id();
    }

    /** How many of the file's records were valid events. */
    public long valid() {
        return records - quarantined;
    }
}
