package dev.ingest.domain.testdata;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Test data: validated events, e.g. {@code anEvent().withEventId("e-9").build()}. The defaults are what the validator
 * makes of {@link RawEvents#aRawEvent()}.
 */
public final class Events {

    private Events() {
    }

    public static Builder anEvent() {
        return new Builder();
    }

    /** A builder starting from the event that {@code RawEvents.aRawEvent().build()} validates to. */
    public static final class Builder {
        private String eventId = "evt-0001";
        private String userId = "user-42";
        private String productId = "prod-7";
        private String productName = "Espresso machine";
        private String category = "kitchen";
        private BigDecimal price = new BigDecimal("249.90");
        private EventType eventType = EventType.PURCHASE;
        private LocalDateTime eventTime = LocalDateTime.of(2024, 3, 15, 14, 30);

        public Builder withEventId(String value) {
            eventId = value;
            return this;
        }

        public Builder withUserId(String value) {
            userId = value;
            return this;
        }

        public Builder withProductId(String value) {
            productId = value;
            return this;
        }

        public Builder withProductName(String value) {
            productName = value;
            return this;
        }

        public Builder withCategory(String value) {
            category = value;
            return this;
        }

        /** Takes the price as text, e.g. {@code "9.99"}, and gives it the scale 2 every event has. */
        public Builder withPrice(String value) {
            price = new BigDecimal(value).setScale(2);
            return this;
        }

        public Builder withEventType(EventType value) {
            eventType = value;
            return this;
        }

        public Builder withEventTime(LocalDateTime value) {
            eventTime = value;
            return this;
        }

        public Event build() {
            return new Event(eventId, userId, productId, productName, category, price, eventType, eventTime);
        }
    }
}
