package dev.ingest.domain.event;

import java.util.Objects;

/**
 * A message without a value (a Kafka tombstone, which deletes its key in a compacted topic): no event and nothing to
 * quarantine, so it is counted as skipped.
 */
public record Tombstone(Origin origin) implements RawRecord {

    public Tombstone {
        Objects.requireNonNull(origin, "origin");
    }
}
