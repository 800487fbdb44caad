package dev.ingest.domain.validation;

import static dev.ingest.domain.validation.Validate.accepted;
import static dev.ingest.domain.validation.Validate.reasonsFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidCharactersTest {

    /** Text PostgreSQL would refuse (NUL), or that shows the input was not valid UTF-8 or not encodable as UTF-8. */
    static final String[] UNSTORABLE = {
            "a\u0000b",             // NUL
            "\u0000",               // NUL alone (not whitespace, so not blank)
            "caf\uFFFD",            // replacement character from a bad byte
            "x\uD83Dy",             // high surrogate without its low half
            "x\uDE00y",             // low surrogate alone
            "\uDE00\uD83D",         // a pair in the wrong order
            "ends with\uD83D",      // high surrogate at the very end
    };

    static Stream<Arguments> everyFieldWithUnstorableText() {
        return Arrays.stream(RawField.values())
                .flatMap(field -> Arrays.stream(UNSTORABLE).map(text -> Arguments.of(field, text)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyFieldWithUnstorableText")
    void any_field_with_an_unstorable_character_is_refused(RawField field, String text) {
        // Price, type and timestamp are also malformed then; the character reason must be among the reasons.
        assertThat(reasonsFor(field.set(text).build())).contains(ReasonCode.INVALID_CHARACTERS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Espresso machine", "Caf\u00E9 cr\u00E8me", "\u65E5\u672C\u8A9E", "smile \uD83D\uDE00",
            "tab\tinside", "bell\u0007inside", "\u00A0no-break", "quote \" and comma ,"})
    void other_characters_including_valid_pairs_and_controls_are_stored_as_given(String name) {
        assertThat(accepted(RawField.PRODUCT_NAME.set(name).build()).productName()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evt\u0000", "\uFFFD", "\uD800"})
    void an_unstorable_id_is_refused_for_that_reason_alone(String id) {
        assertThat(reasonsFor(RawField.EVENT_ID.set(id).build())).containsExactly(ReasonCode.INVALID_CHARACTERS);
    }
}
