package dev.ingest.domain.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * One source unit of a batch (a file, or a log's range of offsets) once its partition was stored: its id, when it
 * landed, and what became of each of its records.
 *
 * @param skipped messages without a value (tombstones), which are no records; always 0 for a file
 */
public record UnitTally(String unitId, Instant landedAt, long records, long stored, long duplicates,
        long quarantined, long skipped) implements Serializable {

    public UnitTally {
        if (stored < 0 || duplicates < 0 || quarantined < 0 || skipped < 0
                || records != stored + duplicates + quarantined) {
            throw new IllegalArgumentException(unitId + ": " + records + " records must be " + stored + " stored + "
                    + duplicates + " duplicates + " + quarantined + " quarantined (" + skipped + " skipped)");
        }
    }

    /** A file's tally: a file holds no tombstones. */
    public UnitTally(String unitId, Instant landedAt, long records, long stored, long duplicates, long quarantined) {
        this(unitId, landedAt, records, stored, duplicates, quarantined, 0);
    }

    /** A file as read, with how many of its valid events were stored; the other valid ones were duplicates. */
    public static UnitTally of(UnitRead read, long stored) {
        return new UnitTally(read.unitId(), read.landedAt(), read.records(), stored, read.valid() - stored,
                read.quarantined(), read.skipped());
    }
}
