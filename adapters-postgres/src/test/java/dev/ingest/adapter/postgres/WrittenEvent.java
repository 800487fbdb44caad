package dev.ingest.adapter.postgres;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.Origin;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Test data: an event with the origin it was read from, built as {@code written("e-1").from("a.csv", 3)}. */
record WrittenEvent(Event event, Origin origin) {

    static WrittenEvent written(String eventId) {
        return new WrittenEvent(new Event(eventId, "user-1", "product-1", "Desk lamp", "Home & Kitchen",
                new BigDecimal("19.99"), EventType.VIEW, LocalDateTime.of(2024, 3, 1, 12, 30, 15)),
                new Origin("events_1.csv", 1));
    }

    WrittenEvent from(String sourceFile, long recordNumber) {
        return new WrittenEvent(event, new Origin(sourceFile, recordNumber));
    }

    WrittenEvent withProductName(String productName) {
        return with(new Event(event.eventId(), event.userId(), event.productId(), productName, event.category(),
                event.price(), event.eventType(), event.eventTime()));
    }

    WrittenEvent withAllText(String text) {
        return with(new Event(event.eventId(), text, text, text, text, event.price(), event.eventType(),
                event.eventTime()));
    }

    WrittenEvent withPrice(BigDecimal price) {
        return with(new Event(event.eventId(), event.userId(), event.productId(), event.productName(),
                event.category(), price, event.eventType(), event.eventTime()));
    }

    WrittenEvent withTime(LocalDateTime time) {
        return with(new Event(event.eventId(), event.userId(), event.productId(), event.productName(),
                event.category(), event.price(), event.eventType(), time));
    }

    private WrittenEvent with(Event changed) {
        return new WrittenEvent(changed, origin);
    }
}
