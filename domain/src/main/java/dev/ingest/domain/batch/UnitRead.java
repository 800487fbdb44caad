package dev.ingest.domain.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * One source unit as a partition read it (a file, or a log's range of offsets): its id, when it landed (a file's
 * modification time, a range's first message time), how many records it held and how many of them were quarantined.
 * The rest are valid events, which the partition's writer stores or counts as duplicates.
 *
 * @param skipped messages without a value (tombstones), which are no records; always 0 for a file
 */
public record UnitRead(String unitId, Instant landedAt, long records, long quarantined, long skipped)
        implements Serializable {

    public UnitRead {
        if (quarantined < 0 || quarantined > records || skipped < 0) {
            throw new IllegalArgumentException(unitId + ": " + quarantined + " quarantined of " + records + " records, "
                    + skipped + " skipped");
        }
    }

    /** A file as read: a file holds no tombstones. */
    public UnitRead(String unitId, Instant landedAt, long records, long quarantined) {
        this(unitId, landedAt, records, quarantined, 0);
    }

    /** How many of the file's records were valid events. */
    public long valid() {
        return records - quarantined;
    }
}
