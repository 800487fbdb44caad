package dev.ingest.domain.testdata;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;

/** Test data: raw events that are valid unless a test changes a field, e.g. {@code aRawEvent().withPrice("x").build()}. */
public final class RawEvents {

    private RawEvents() {
    }

    public static Builder aRawEvent() {
        return new Builder();
    }

    /** A builder starting from a record every rule accepts. */
    public static final class Builder {
        private String eventId = "evt-0001";
        private String userId = "user-42";
        private String productId = "prod-7";
        private String productName = "Espresso machine";
        private String category = "kitchen";
        private String price = "249.90";
        private String eventType = "purchase";
        private String timestamp = "2024-03-15 14:30:00";
        private String sourceFile = "events-0001.csv";
        private long recordNumber = 1;

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

        public Builder withPrice(String value) {
            price = value;
            return this;
        }

        public Builder withEventType(String value) {
            eventType = value;
            return this;
        }

        public Builder withTimestamp(String value) {
            timestamp = value;
            return this;
        }

        public Builder from(String file, long number) {
            sourceFile = file;
            recordNumber = number;
            return this;
        }

        public Builder withRecordNumber(long number) {
            recordNumber = number;
            return this;
        }

        public RawEvent build() {
            return new RawEvent(eventId, userId, productId, productName, category, price, eventType, timestamp,
                    new Origin(sourceFile, recordNumber));
        }
    }
}
