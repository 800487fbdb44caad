package dev.ingest.application.generate.usecase;

import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.domain.event.EventField;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Spoils a valid record so that it carries exactly one reason code, taking the codes a CSV record can carry in turn
 * so every one of them shows up. SCHEMA_MISMATCH is a property of a whole file, not of a record, and is left out.
 */
final class InvalidRecordMaker {

    static final List<ReasonCode> INJECTABLE = List.copyOf(EnumSet.complementOf(EnumSet.of(ReasonCode.SCHEMA_MISMATCH)));

    // Positions in a record's fields, which follow EventField's canonical order.
    private static final int PRODUCT_NAME = EventField.PRODUCT_NAME.ordinal();
    private static final int PRICE = EventField.PRICE.ordinal();
    private static final int EVENT_TYPE = EventField.EVENT_TYPE.ordinal();
    private static final int TIMESTAMP = EventField.TIMESTAMP.ordinal();
    private static final int PRODUCT_NAME_LIMIT = FieldRules.maxLength(EventField.PRODUCT_NAME).orElseThrow();
    /** The smallest price beyond the largest the table holds. */
    private static final String PRICE_BEYOND_RANGE = FieldRules.MAX_PRICE.add(BigDecimal.ONE.movePointLeft(2))
            .toPlainString();

    private long made;

    /** The reason the next spoiled record will carry. */
    ReasonCode nextReason() {
        return INJECTABLE.get((int) (made % INJECTABLE.size()));
    }

    GeneratedRecord spoil(GeneratedRecord valid) {
        ReasonCode reason = nextReason();
        List<String> fields = new ArrayList<>(valid.fields());
        switch (reason) {
            case MISSING_EVENT_ID, MISSING_USER_ID, MISSING_PRODUCT_ID, MISSING_PRODUCT_NAME, MISSING_CATEGORY,
                    MISSING_PRICE, MISSING_EVENT_TYPE, MISSING_TIMESTAMP ->
                    fields.set(FieldRules.missingField(reason).orElseThrow().ordinal(), made % 2 == 0 ? "" : "   ");
            case INVALID_PRICE -> fields.set(PRICE, "$" + fields.get(PRICE));
            case NON_POSITIVE_PRICE -> fields.set(PRICE, "0.00");
            case PRICE_OUT_OF_RANGE -> fields.set(PRICE, PRICE_BEYOND_RANGE);
            case INVALID_EVENT_TYPE -> fields.set(EVENT_TYPE, "click");
            case INVALID_TIMESTAMP -> fields.set(TIMESTAMP, "2024-02-30 12:00:00.000");
            case FIELD_TOO_LONG -> fields.set(PRODUCT_NAME, tooLong(fields.get(PRODUCT_NAME)));
            case INVALID_CHARACTERS -> fields.set(PRODUCT_NAME, withNul(fields.get(PRODUCT_NAME)));
            case MALFORMED_RECORD -> malform(fields);
            default -> throw new IllegalStateException(reason + " cannot be injected into a record");
        }
        made++;
        return new GeneratedRecord(fields);
    }

    /** Alternates one field too many and one too few. */
    private void malform(List<String> fields) {
        if ((made / INJECTABLE.size()) % 2 == 0) {
            fields.add("surplus");
        } else {
            fields.remove(fields.size() - 1);
        }
    }

    /** Inside the name, not at an end: trimming (String.trim drops control characters) must not remove it. */
    private static String withNul(String name) {
        return name.charAt(0) + "\u0000" + name.substring(1);
    }

    private static String tooLong(String name) {
        StringBuilder longName = new StringBuilder(name);
        while (longName.length() <= PRODUCT_NAME_LIMIT) {
            longName.append(' ').append(name);
        }
        return longName.toString();
    }
}
