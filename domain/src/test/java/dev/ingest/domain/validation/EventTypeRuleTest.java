package dev.ingest.domain.validation;

import static dev.ingest.domain.validation.Validate.accepted;
import static dev.ingest.domain.validation.Validate.reasonsFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeRuleTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({
            "view,          VIEW",
            "VIEW,          VIEW",
            "View,          VIEW",
            "vIeW,          VIEW",
            "add_to_cart,   ADD_TO_CART",
            "ADD_TO_CART,   ADD_TO_CART",
            "Add_To_Cart,   ADD_TO_CART",
            "purchase,      PURCHASE",
            "PURCHASE,      PURCHASE",
            "'  Purchase ', PURCHASE",
    })
    void the_type_is_matched_ignoring_case_and_stored_lower_case(String raw, EventType expected) {
        Event event = accepted(RawField.EVENT_TYPE.set(raw).build());

        assertThat(event.eventType()).isEqualTo(expected);
        assertThat(event.eventType().code()).isEqualTo(expected.name().toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"views", "vie", "add-to-cart", "add to cart", "addtocart", "buy", "purchase!", "click",
            "purcha\u017Fe", "v\u0130ew", "\u0456view", "VIEW\u200B", "view_", "0"})
    void anything_else_is_an_invalid_event_type(String raw) {
        assertThat(reasonsFor(RawField.EVENT_TYPE.set(raw).build())).containsExactly(ReasonCode.INVALID_EVENT_TYPE);
    }
}
