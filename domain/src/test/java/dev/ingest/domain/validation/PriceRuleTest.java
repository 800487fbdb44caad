package dev.ingest.domain.validation;

import static dev.ingest.domain.validation.Validate.accepted;
import static dev.ingest.domain.validation.Validate.reasonsFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceRuleTest {

    @ParameterizedTest(name = "[{0}] is stored as {1}")
    @CsvSource({
            "249.90,        249.90",
            "1,             1.00",
            "+5,            5.00",
            "007.50,        7.50",
            "'  3.5 ',      3.50",
            "0.01,          0.01",
            "0.005,         0.01",
            "0.0050000,     0.01",
            "12.344,        12.34",
            "12.345,        12.35",
            "1.999,         2.00",
            "99999999.99,   99999999.99",
            "99999999.994,  99999999.99",
            "099999999.99,  99999999.99",
    })
    void a_plain_decimal_is_rounded_half_up_to_cents(String raw, String stored) {
        BigDecimal price = accepted(RawField.PRICE.set(raw).build()).price();

        assertThat(price).isEqualTo(new BigDecimal(stored));
        assertThat(price.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"$5", "5$", "\u20AC5", "5 EUR", "5,00", "1,000.00", "1 000", "1_000", "1e3", "1E3", "1.5e-2",
            "NaN", "Infinity", "-Infinity", "abc", ".5", "5.", "1.2.3", "--1", "+-1", "- 1", "+", "-", ".", "0x10",
            "5d", "5f", "5L", "\uFF11\uFF12", "\u0663", "12\u00A0"})
    void anything_but_a_plain_decimal_is_an_invalid_price(String raw) {
        assertThat(reasonsFor(RawField.PRICE.set(raw).build())).containsExactly(ReasonCode.INVALID_PRICE);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"0", "0.00", "-0", "+0.000", "-0.01", "-1", "0.004", "0.0049999", "-0.004",
            "-99999999.99", "-1000000000"})
    void a_price_that_rounds_to_zero_or_below_is_not_positive(String raw) {
        assertThat(reasonsFor(RawField.PRICE.set(raw).build())).containsExactly(ReasonCode.NON_POSITIVE_PRICE);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"100000000.00", "100000000", "99999999.995", "99999999.999", "1000000000000",
            "123456789012345678901234567890.5"})
    void a_price_that_rounds_above_the_column_maximum_is_out_of_range(String raw) {
        assertThat(reasonsFor(RawField.PRICE.set(raw).build())).containsExactly(ReasonCode.PRICE_OUT_OF_RANGE);
    }
}
