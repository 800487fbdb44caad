package dev.ingest.application.ingest.port.out;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What waits in a stream's source, each part present when the source tells it: files and bytes listed in a landing
 * folder but not taken by a batch yet, or the records a Kafka consumer lags behind the latest offsets.
 */
public record Backlog(OptionalLong files, OptionalLong bytes, OptionalLong lagRecords) {

    public Backlog {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(lagRecords, "lagRecords");
    }

    public boolean isEmpty() {
        return files.isEmpty() && bytes.isEmpty() && lagRecords.isEmpty();
    }
}
