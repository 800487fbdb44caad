package dev.ingest.domain.batch;

import java.io.Serializable;
import java.time.Instant;

/**
 * One input file as a partition read it: its path, when it landed (its modification time), how many records it held
 * and how many of them were quarantined. The rest are valid events, which the partition's writer stores or counts as
 * duplicates.
 */
public record FileRead(String path, Instant landedAt, long records, long quarantined) implements Serializable {

    public FileRead {
        if (quarantined < 0 || quarantined > records) {
            throw new IllegalArgumentException(path + ": " + quarantined + " quarantined of " + records + " records");
        }
    }

    /** How many of the file's records were valid events. */
    public long valid() {
        return records - quarantined;
    }
}
