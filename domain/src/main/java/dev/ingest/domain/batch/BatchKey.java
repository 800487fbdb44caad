package dev.ingest.domain.batch;

import java.io.Serializable;
import java.util.Objects;

/**
 * Names one micro-batch of one stream: the unit of exactly-once. The stream id is persisted with the stream's
 * checkpoint, so a new checkpoint never collides with an old stream's batch ids.
 */
public record BatchKey(String streamId, long batchId) implements Serializable {
    public BatchKey {
        Objects.requireNonNull(streamId, "streamId");
        if (streamId.isBlank()) {
            throw new IllegalArgumentException("streamId must not be blank");
        }
        if (batchId < 0) {
            throw new IllegalArgumentException("batchId must be >= 0, was " + batchId);
        }
    }
}
