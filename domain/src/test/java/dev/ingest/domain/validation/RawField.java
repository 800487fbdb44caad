package dev.ingest.domain.validation;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.testdata.RawEvents;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The eight input fields, so a test table can name a field and set it on a raw event builder. */
enum RawField {
    EVENT_ID(ReasonCode.MISSING_EVENT_ID, RawEvents.Builder::withEventId, Event::eventId),
    USER_ID(ReasonCode.MISSING_USER_ID, RawEvents.Builder::withUserId, Event::userId),
    PRODUCT_ID(ReasonCode.MISSING_PRODUCT_ID, RawEvents.Builder::withProductId, Event::productId),
    PRODUCT_NAME(ReasonCode.MISSING_PRODUCT_NAME, RawEvents.Builder::withProductName, Event::productName),
    CATEGORY(ReasonCode.MISSING_CATEGORY, RawEvents.Builder::withCategory, Event::category),
    PRICE(ReasonCode.MISSING_PRICE, RawEvents.Builder::withPrice, event -> event.price().toPlainString()),
    EVENT_TYPE(ReasonCode.MISSING_EVENT_TYPE, RawEvents.Builder::withEventType, event -> event.eventType().code()),
    TIMESTAMP(ReasonCode.MISSING_TIMESTAMP, RawEvents.Builder::withTimestamp, event -> event.eventTime().toString());

    final ReasonCode missing;
    private final BiFunction<RawEvents.Builder, String, RawEvents.Builder> setter;
    private final Function<Event, String> stored;

    RawField(ReasonCode missing, BiFunction<RawEvents.Builder, String, RawEvents.Builder> setter,
            Function<Event, String> stored) {
        this.missing = missing;
        this.setter = setter;
        this.stored = stored;
    }

    /** A valid raw event except for this field, which holds the given text. */
    RawEvents.Builder set(String value) {
        return setter.apply(RawEvents.aRawEvent(), value);
    }

    /** The field's value as the event stores it, as text. */
    String storedIn(Event event) {
        return stored.apply(event);
    }
}
