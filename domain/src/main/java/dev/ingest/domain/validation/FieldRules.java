package dev.ingest.domain.validation;

import dev.ingest.domain.event.EventField;
import dev.ingest.domain.reason.ReasonCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the rules ask of each field on its own, from the constraints of the {@code user_events} table: the reason a
 * missing field is refused for, the most characters it may hold, and the largest price. {@link EventRules} is built
 * from them; whoever breaks a rule on purpose (the generator) reads them here.
 */
public final class FieldRules {

    /** The largest {@code DECIMAL(10,2)}. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

    private FieldRules() {
    }

    /** The reason a record missing the field (absent or blank) is refused for. */
    public static ReasonCode whenMissing(EventField field) {
        return switch (field) {
            case EVENT_ID -> ReasonCode.MISSING_EVENT_ID;
            case USER_ID -> ReasonCode.MISSING_USER_ID;
            case PRODUCT_ID -> ReasonCode.MISSING_PRODUCT_ID;
            case PRODUCT_NAME -> ReasonCode.MISSING_PRODUCT_NAME;
            case CATEGORY -> ReasonCode.MISSING_CATEGORY;
            case PRICE -> ReasonCode.MISSING_PRICE;
            case EVENT_TYPE -> ReasonCode.MISSING_EVENT_TYPE;
            case TIMESTAMP -> ReasonCode.MISSING_TIMESTAMP;
        };
    }

    /** The field whose absence the reason names, or empty when the reason is not a missing field's. */
    public static Optional<EventField> missingField(ReasonCode reason) {
        return Arrays.stream(EventField.values()).filter(field -> whenMissing(field) == reason).findFirst();
    }

    /**
     * The most characters (code points, as {@code VARCHAR} counts them) the field may hold; empty for a field whose
     * column is not text (price, event type, timestamp).
     */
    public static OptionalInt maxLength(EventField field) {
        return switch (field) {
            case EVENT_ID, USER_ID, PRODUCT_ID -> OptionalInt.of(50);
            case PRODUCT_NAME -> OptionalInt.of(255);
            case CATEGORY -> OptionalInt.of(100);
            case PRICE, EVENT_TYPE, TIMESTAMP -> OptionalInt.empty();
        };
    }
}
