package dev.ingest.domain.event;

import java.util.Objects;

/**
 * The eight event fields exactly as read, untrimmed; any field may be {@code null} when the source had no value.
 */
public record RawEvent(
        String eventId,
        String userId,
        String productId,
        String productName,
        String category,
        String price,
        String eventType,
        String timestamp,
        Origin origin) implements RawRecord {

    public RawEvent {
        Objects.requireNonNull(origin, "origin");
    }
}
