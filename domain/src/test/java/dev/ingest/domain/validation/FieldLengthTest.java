package dev.ingest.domain.validation;

import static dev.ingest.domain.validation.Validate.accepted;
import static dev.ingest.domain.validation.Validate.reasonsFor;
import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lengths are counted in characters (code points), as PostgreSQL's VARCHAR counts them. */
class FieldLengthTest {

    private static final String TWO_BYTE = "\u00E9";          // é: 2 bytes in UTF-8, 1 UTF-16 unit
    private static final String THREE_BYTE = "\u65E5";        // 日: 3 bytes in UTF-8, 1 UTF-16 unit
    private static final String EMOJI = "\uD83D\uDE00";       // 😀: 4 bytes in UTF-8, 2 UTF-16 units

    @ParameterizedTest(name = "{0}: {1} x [{2}] accepted={3}")
    @CsvSource({
            "EVENT_ID,     50,  a,  true",
            "EVENT_ID,     51,  a,  false",
            "USER_ID,      50,  a,  true",
            "USER_ID,      51,  a,  false",
            "PRODUCT_ID,   50,  a,  true",
            "PRODUCT_ID,   51,  a,  false",
            "PRODUCT_NAME, 255, a,  true",
            "PRODUCT_NAME, 256, a,  false",
            "CATEGORY,     100, a,  true",
            "CATEGORY,     101, a,  false",
            "EVENT_ID,     50,  \u00E9, true",
            "EVENT_ID,     51,  \u00E9, false",
            "PRODUCT_NAME, 255, \u00E9, true",
            "PRODUCT_NAME, 256, \u00E9, false",
            "PRODUCT_NAME, 255, \u65E5, true",
            "PRODUCT_NAME, 256, \u65E5, false",
            "CATEGORY,     100, \u65E5, true",
            "CATEGORY,     101, \u65E5, false",
            "PRODUCT_NAME, 255, \uD83D\uDE00, true",
            "PRODUCT_NAME, 256, \uD83D\uDE00, false",
            "USER_ID,      50,  \uD83D\uDE00, true",
            "USER_ID,      51,  \uD83D\uDE00, false",
    })
    void a_field_may_hold_up_to_its_column_length_in_characters(RawField field, int count, String character,
            boolean accepted) {
        String value = character.repeat(count);

        if (accepted) {
            assertThat(field.storedIn(accepted(field.set(value).build()))).isEqualTo(value);
        } else {
            assertThat(reasonsFor(field.set(value).build())).containsExactly(ReasonCode.FIELD_TOO_LONG);
        }
    }

    @Test
    void two_hundred_fifty_five_supplementary_characters_are_five_hundred_ten_utf16_units_and_still_fit() {
        String name = EMOJI.repeat(255);

        assertThat(name).hasSize(510);
        assertThat(accepted(aRawEvent().withProductName(name).build()).productName()).isEqualTo(name);
    }

    @Test
    void two_hundred_fifty_five_two_byte_characters_are_five_hundred_ten_bytes_and_still_fit() {
        String name = TWO_BYTE.repeat(255);

        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(510);
        assertThat(accepted(aRawEvent().withProductName(name).build()).productName()).isEqualTo(name);
    }

    @Test
    void length_is_measured_after_trimming() {
        String id = "x".repeat(50);

        assertThat(accepted(aRawEvent().withEventId("   " + id + "\t").build()).eventId()).isEqualTo(id);
    }

    @Test
    void several_long_fields_give_one_reason() {
        assertThat(reasonsFor(aRawEvent()
                .withEventId("e".repeat(51))
                .withCategory(THREE_BYTE.repeat(101))
                .withProductName("n".repeat(1000))
                .build()))
                .containsExactly(ReasonCode.FIELD_TOO_LONG);
    }

    @Test
    void price_type_and_timestamp_are_judged_by_their_format_not_a_length() {
        assertThat(accepted(aRawEvent().withPrice("0".repeat(300) + "1.5").build()).price()).hasToString("1.50");
    }
}
