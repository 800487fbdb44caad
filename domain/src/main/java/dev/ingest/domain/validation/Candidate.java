package dev.ingest.domain.validation;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.RawEvent;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.function.Predicate;

/**
 * A raw event with every field trimmed ({@code null} when missing or blank) and the typed fields parsed once, so
 * that the rules only look and the valid path builds its {@link Event} without parsing anything twice.
 */
final class Candidate {

    final String eventId;
    final String userId;
    final String productId;
    final String productName;
    final String category;
    final String priceText;
    final String eventTypeText;
    final String timestampText;
    /** The price rounded to scale 2, or {@code null} when the text is missing or not a plain decimal. */
    final BigDecimal price;
    /** The event type, or {@code null} when the text is missing or names no type. */
    final EventType eventType;
    /** The event time in UTC, or {@code null} when the text is missing or not a real time in a supported form. */
    final LocalDateTime eventTime;

    Candidate(RawEvent raw) {
        eventId = trimmed(raw.eventId());
        userId = trimmed(raw.userId());
        productId = trimmed(raw.productId());
        productName = trimmed(raw.productName());
        category = trimmed(raw.category());
        priceText = trimmed(raw.price());
        eventTypeText = trimmed(raw.eventType());
        timestampText = trimmed(raw.timestamp());
        price = priceText == null ? null : PriceText.parse(priceText);
        eventType = eventTypeText == null ? null : EventType.fromCode(eventTypeText).orElse(null);
        eventTime = timestampText == null ? null : TimestampParser.parse(timestampText);
    }

    /** Whether every present field passes the test, for rules that apply to all fields alike. */
    boolean everyPresentField(Predicate<String> test) {
        return passes(eventId, test) && passes(userId, test) && passes(productId, test) && passes(productName, test)
                && passes(category, test) && passes(priceText, test) && passes(eventTypeText, test)
                && passes(timestampText, test);
    }

    private static boolean passes(String field, Predicate<String> test) {
        return field == null || test.test(field);
    }

    /** Only called once every rule holds, when every typed field is known to be present. */
    Event toEvent() {
        return new Event(eventId, userId, productId, productName, category, price, eventType, eventTime);
    }

    private static String trimmed(String field) {
        if (field == null) {
            return null;
        }
        // strip() returns the same instance when there is nothing to strip: no copy on the common path.
        String stripped = field.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
