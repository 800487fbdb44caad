package dev.ingest.domain.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * One input file of a batch once its partition was stored: its path, when it landed (its modification time), and what
 * became of each of its records.
 */
public record FileTally(String path, Instant landedAt, long records, long stored, long duplicates,
        long quarantined) implements Serializable {

    public FileTally {
        if (stored < 0 || duplicates < 0 || quarantined < 0 || records != stored + duplicates + quarantined) {
            throw new IllegalArgumentException(path + ": " + records + " records must be " + stored + " stored + "
                    + duplicates + " duplicates + " + quarantined + " quarantined");
        }
    }

    /** A file as read, with how many of its valid events were stored; the other valid ones were duplicates. */
    public static FileTally of(FileRead read, long stored) {
        return new FileTally(read.path(), read.landedAt(), read.records(), stored, read.valid() - stored,
                read.quarantined());
    }
}
