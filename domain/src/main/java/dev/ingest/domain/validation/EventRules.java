package dev.ingest.domain.validation;

import static dev.ingest.domain.reason.ReasonCode.FIELD_TOO_LONG;
import static dev.ingest.domain.reason.ReasonCode.INVALID_EVENT_TYPE;
import static dev.ingest.domain.reason.ReasonCode.INVALID_PRICE;
import static dev.ingest.domain.reason.ReasonCode.INVALID_TIMESTAMP;
import static dev.ingest.domain.reason.ReasonCode.NON_POSITIVE_PRICE;
import static dev.ingest.domain.reason.ReasonCode.PRICE_OUT_OF_RANGE;

import dev.ingest.domain.event.EventField;
import java.util.List;
import java.util.function.Function;

/**
 * Every rule an event must meet, in one place: the constraints of the {@code user_events} table (each field's own in
 * {@link FieldRules}), so that an event that passes them all can never be refused by the database.
 */
final class EventRules {

    static final List<Rule> ALL = List.of(
            present(EventField.EVENT_ID, c -> c.eventId),
            present(EventField.USER_ID, c -> c.userId),
            present(EventField.PRODUCT_ID, c -> c.productId),
            present(EventField.PRODUCT_NAME, c -> c.productName),
            present(EventField.CATEGORY, c -> c.category),
            present(EventField.PRICE, c -> c.priceText),
            present(EventField.EVENT_TYPE, c -> c.eventTypeText),
            present(EventField.TIMESTAMP, c -> c.timestampText),
            fitsIn(EventField.EVENT_ID, c -> c.eventId),
            fitsIn(EventField.USER_ID, c -> c.userId),
            fitsIn(EventField.PRODUCT_ID, c -> c.productId),
            fitsIn(EventField.PRODUCT_NAME, c -> c.productName),
            fitsIn(EventField.CATEGORY, c -> c.category),
            new Rule("every field holds only storable characters", StorableText.REASON,
                    c -> c.everyPresentField(StorableText::isStorable)),
            new Rule("event_type is view, add_to_cart or purchase, in any case", INVALID_EVENT_TYPE,
                    c -> c.eventTypeText == null || c.eventType != null),
            new Rule("price is a plain decimal", INVALID_PRICE,
                    c -> c.priceText == null || c.price != null),
            new Rule("price, rounded to cents, is above zero", NON_POSITIVE_PRICE,
                    c -> c.price == null || c.price.signum() > 0),
            new Rule("price, rounded to cents, is at most 99,999,999.99", PRICE_OUT_OF_RANGE,
                    c -> c.price == null || c.price.compareTo(FieldRules.MAX_PRICE) <= 0),
            new Rule("timestamp is a real time in a supported layout", INVALID_TIMESTAMP,
                    c -> c.timestampText == null || c.eventTime != null));

    private EventRules() {
    }

    private static Rule present(EventField field, Function<Candidate, String> value) {
        return new Rule(field.fieldName() + " is present and not blank", FieldRules.whenMissing(field),
                c -> value.apply(c) != null);
    }

    private static Rule fitsIn(EventField field, Function<Candidate, String> value) {
        int maxCharacters = FieldRules.maxLength(field).orElseThrow();
        return new Rule(field.fieldName() + " has at most " + maxCharacters + " characters", FIELD_TOO_LONG, c -> {
            String text = value.apply(c);
            return text == null || FieldText.fitsCharacters(text, maxCharacters);
        });
    }
}
