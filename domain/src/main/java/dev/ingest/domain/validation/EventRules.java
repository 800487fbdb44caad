package dev.ingest.domain.validation;

import static dev.ingest.domain.reason.ReasonCode.FIELD_TOO_LONG;
import static dev.ingest.domain.reason.ReasonCode.INVALID_EVENT_TYPE;
import static dev.ingest.domain.reason.ReasonCode.INVALID_PRICE;
import static dev.ingest.domain.reason.ReasonCode.INVALID_TIMESTAMP;
import static dev.ingest.domain.reason.ReasonCode.MISSING_CATEGORY;
import static dev.ingest.domain.reason.ReasonCode.MISSING_EVENT_ID;
import static dev.ingest.domain.reason.ReasonCode.MISSING_EVENT_TYPE;
import static dev.ingest.domain.reason.ReasonCode.MISSING_PRICE;
import static dev.ingest.domain.reason.ReasonCode.MISSING_PRODUCT_ID;
import static dev.ingest.domain.reason.ReasonCode.MISSING_PRODUCT_NAME;
import static dev.ingest.domain.reason.ReasonCode.MISSING_TIMESTAMP;
import static dev.ingest.domain.reason.ReasonCode.MISSING_USER_ID;
import static dev.ingest.domain.reason.ReasonCode.NON_POSITIVE_PRICE;
import static dev.ingest.domain.reason.ReasonCode.PRICE_OUT_OF_RANGE;

import dev.ingest.domain.event.EventField;
import dev.ingest.domain.reason.ReasonCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Every rule an event must meet, in one place: the constraints of the {@code user_events} table, so that an event
 * that passes them all can never be refused by the database.
 */
final class EventRules {

    /** The column limits of {@code user_events}, in characters. */
    static final int MAX_ID_LENGTH = 50;
    static final int MAX_PRODUCT_NAME_LENGTH = 255;
    static final int MAX_CATEGORY_LENGTH = 100;
    /** The largest {@code DECIMAL(10,2)}. */
    static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

    static final List<Rule> ALL = List.of(
            present(EventField.EVENT_ID, MISSING_EVENT_ID, c -> c.eventId),
            present(EventField.USER_ID, MISSING_USER_ID, c -> c.userId),
            present(EventField.PRODUCT_ID, MISSING_PRODUCT_ID, c -> c.productId),
            present(EventField.PRODUCT_NAME, MISSING_PRODUCT_NAME, c -> c.productName),
            present(EventField.CATEGORY, MISSING_CATEGORY, c -> c.category),
            present(EventField.PRICE, MISSING_PRICE, c -> c.priceText),
            present(EventField.EVENT_TYPE, MISSING_EVENT_TYPE, c -> c.eventTypeText),
            present(EventField.TIMESTAMP, MISSING_TIMESTAMP, c -> c.timestampText),
            fitsIn(EventField.EVENT_ID, MAX_ID_LENGTH, c -> c.eventId),
            fitsIn(EventField.USER_ID, MAX_ID_LENGTH, c -> c.userId),
            fitsIn(EventField.PRODUCT_ID, MAX_ID_LENGTH, c -> c.productId),
            fitsIn(EventField.PRODUCT_NAME, MAX_PRODUCT_NAME_LENGTH, c -> c.productName),
            fitsIn(EventField.CATEGORY, MAX_CATEGORY_LENGTH, c -> c.category),
            new Rule("every field holds only storable characters", StorableText.REASON,
                    c -> c.everyPresentField(StorableText::isStorable)),
            new Rule("event_type is view, add_to_cart or purchase, in any case", INVALID_EVENT_TYPE,
                    c -> c.eventTypeText == null || c.eventType != null),
            new Rule("price is a plain decimal", INVALID_PRICE,
                    c -> c.priceText == null || c.price != null),
            new Rule("price, rounded to cents, is above zero", NON_POSITIVE_PRICE,
                    c -> c.price == null || c.price.signum() > 0),
            new Rule("price, rounded to cents, is at most 99,999,999.99", PRICE_OUT_OF_RANGE,
                    c -> c.price == null || c.price.compareTo(MAX_PRICE) <= 0),
            new Rule("timestamp is a real time in a supported layout", INVALID_TIMESTAMP,
                    c -> c.timestampText == null || c.eventTime != null));

    private EventRules() {
    }

    private static Rule present(EventField field, ReasonCode reason, Function<Candidate, String> value) {
        return new Rule(field.fieldName() + " is present and not blank", reason, c -> value.apply(c) != null);
    }

    private static Rule fitsIn(EventField field, int maxCharacters, Function<Candidate, String> value) {
        return new Rule(field.fieldName() + " has at most " + maxCharacters + " characters", FIELD_TOO_LONG, c -> {
            String text = value.apply(c);
            return text == null || FieldText.fitsCharacters(text, maxCharacters);
        });
    }
}
