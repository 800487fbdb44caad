package dev.ingest.domain.event;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A validated event, typed as the {@code user_events} table stores it: price with scale 2, event time in UTC.
 * Only {@link dev.ingest.domain.validation.EventValidator} should build one from input; tests may build directly.
 */
public record Event(
        String eventId,
        String userId,
        String productId,
        String productName,
        String category,
        BigDecimal price,
        EventType eventType,
        LocalDateTime eventTime) {

    public Event {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(eventTime, "eventTime");
        if (price.scale() != 2) {
            throw new IllegalArgumentException("price must have scale 2, was " + price);
        }
    }
}
