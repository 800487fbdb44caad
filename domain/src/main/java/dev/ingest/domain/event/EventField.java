package dev.ingest.domain.event;

import java.util.Arrays;
import java.util.List;

/**
 * The eight fields of an event record, in their canonical order: the columns of an event file's header, of a
 * quarantine row's start, of {@code user_events}.
 */
public enum EventField {
    EVENT_ID("event_id"),
    USER_ID("user_id"),
    PRODUCT_ID("product_id"),
    PRODUCT_NAME("product_name"),
    CATEGORY("category"),
    PRICE("price"),
    EVENT_TYPE("event_type"),
    TIMESTAMP("timestamp");

    /** The field names in canonical order, as an event file's header holds them. */
    public static final List<String> NAMES = Arrays.stream(values()).map(EventField::fieldName).toList();

    private final String fieldName;

    EventField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name producers give the field (a CSV header's column, later a JSON key). */
    public String fieldName() {
        return fieldName;
    }
}
