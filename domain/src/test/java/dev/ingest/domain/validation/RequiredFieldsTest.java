package dev.ingest.domain.validation;

import static dev.ingest.domain.validation.Validate.accepted;
import static dev.ingest.domain.validation.Validate.reasonsFor;
import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredFieldsTest {

    static Stream<Arguments> missingValues() {
        String[] blanks = {null, "", " ", "   ", "\t", "\r\n", " \t \n ", "\u2003"};
        return Arrays.stream(RawField.values())
                .flatMap(field -> Arrays.stream(blanks).map(blank -> Arguments.of(field, blank)));
    }

    @ParameterizedTest(name = "{0} = [{1}]")
    @MethodSource("missingValues")
    void a_null_or_blank_field_is_missing_and_gets_no_further_checks(RawField field, String blank) {
        assertThat(reasonsFor(field.set(blank).build())).containsExactly(field.missing);
    }

    @Test
    void every_missing_field_is_reported() {
        RawEvent allMissing = new RawEvent(null, "", " ", "\t", null, "", " ", null,
                new Origin("f.csv", 1));

        assertThat(reasonsFor(allMissing)).containsExactlyInAnyOrder(
                Arrays.stream(RawField.values()).map(field -> field.missing).toArray(ReasonCode[]::new));
    }

    @ParameterizedTest(name = "{0} = [{1}] is stored as [{2}]")
    @CsvSource(delimiter = '|', value = {
            "EVENT_ID     | '  evt-9  '                          | evt-9",
            "USER_ID      | '\tuser-1\t'                         | user-1",
            "PRODUCT_ID   | ' prod-1'                            | prod-1",
            "PRODUCT_NAME | '  Espresso  machine  '              | Espresso  machine",
            "CATEGORY     | 'kitchen  '                          | kitchen",
            "PRICE        | '  12.50 '                           | 12.50",
            "EVENT_TYPE   | ' view '                             | view",
            "TIMESTAMP    | '  2024-03-15 14:30:00  '            | 2024-03-15T14:30",
    })
    void surrounding_whitespace_is_trimmed_and_inner_whitespace_kept(RawField field, String raw, String stored) {
        assertThat(field.storedIn(accepted(field.set(raw).build()))).isEqualTo(stored);
    }

    @Test
    void unicode_whitespace_around_a_field_is_trimmed_too() {
        assertThat(accepted(RawField.PRODUCT_NAME.set("\u2003\u2009Kettle\u3000").build()).productName())
                .isEqualTo("Kettle");
    }

    @Test
    void a_no_break_space_is_content_not_whitespace() {
        // strip() follows Character.isWhitespace, which excludes U+00A0: such a name is kept, not refused.
        assertThat(accepted(RawField.PRODUCT_NAME.set("\u00A0Kettle").build()).productName())
                .isEqualTo("\u00A0Kettle");
    }

    @Test
    void the_default_test_record_misses_nothing() {
        assertThat(reasonsFor(aRawEvent().build()))
                .isEqualTo(EnumSet.noneOf(ReasonCode.class));
    }
}
