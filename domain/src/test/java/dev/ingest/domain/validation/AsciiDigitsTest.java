package dev.ingest.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiDigitsTest {

    @ParameterizedTest(name = "\"{0}\" from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2024-01-02 | 0 | 4",
            "2024-01-02 | 5 | 2",
            "2024-01-02 | 4 | 0",
            "2024       | 4 | 0",
            "2024       | 9 | 0",
            "12.345     | 3 | 3",
            "\u0661\u0662 | 0 | 0",
            "\uFF11     | 0 | 0"})
    void counts_the_ascii_digits_in_a_row_and_no_others(String text, int from, int count) {
        assertThat(AsciiDigits.count(text, from)).isEqualTo(count);
    }
}
