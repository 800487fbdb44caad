package dev.ingest.application.verify.port.in;

import java.util.Objects;

/** Which stream to reconcile: the id its checkpoint keeps. */
public record VerifyIngestionCommand(String streamId) {
    public VerifyIngestionCommand {
        Objects.requireNonNull(streamId, "streamId");
        if (streamId.isBlank()) {
            throw new IllegalArgumentException("streamId must not be blank");
        }
    }
}
