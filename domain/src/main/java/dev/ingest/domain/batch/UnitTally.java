package dev.ingest.domain.batch;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One source unit of a batch (a file, or a log's range of offsets) once its partition was stored: its id, when it
 * landed, and what became of each of its records.
 *
 * @param skipped messages without a value (tombstones), which are no records; always 0 for a file
 */
public record UnitTally(SourceUnit unit, Instant landedAt, long records, long stored, long duplicates,
        long quarantined, long skipped) implements Serializable {

    public UnitTally {
        Objects.requireNonNull(unit, "unit");
        if (stored < 0 || duplicates < 0 || quarantined < 0 || skipped < 0
                || records != stored + duplicates + quarantined) {
            throw new IllegalArgumentException(unit.id() + ": " + records + " records must be " + stored + " stored + "
                    + duplicates + " duplicates + " + quarantined + " quarantined (" + skipped + " skipped)");
        }
    }

    /** A file's tally: a file holds no tombstones. */
    public UnitTally(SourceUnit unit, Instant landedAt, long records, long stored, long duplicates, long quarantined) {
        this(unit, landedAt, records, stored, duplicates, quarantined, 0);
    }

    /** The id that names the unit in the per-unit rows and its records' origins. */
    public String unitId() {
        return unit.id();
    }

    /** A file as read, with how many of its valid events were stored; the other valid ones were duplicates. */
    public static UnitTally of(UnitRead read, long stored) {
        return new UnitTally(read.unit(), read.landedAt(), read.records(), stored, read.valid() - stored,
                read.quarantined(), read.skipped());
    }
}
