package dev.ingest.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTextTest {

    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

    @Test
    void agrees_with_big_decimal_on_every_verdict_for_random_plain_decimals() {
        Random random = new Random(99999999L);
        for (int i = 0; i < 20_000; i++) {
            String text = randomPlainDecimal(random);
            BigDecimal exact = new BigDecimal(text).setScale(2, RoundingMode.HALF_UP);
            BigDecimal parsed = PriceText.parse(text);

            assertThat(parsed).as("[%s]", text).isNotNull();
            assertThat(parsed.scale()).isEqualTo(2);
            if (exact.abs().compareTo(BigDecimal.TEN.pow(9)) < 0) {
                assertThat(parsed).as("[%s]", text).isEqualTo(exact);
            } else {
                assertThat(parsed.signum()).as("[%s]", text).isEqualTo(exact.signum());
                assertThat(parsed.abs()).as("[%s]", text).isGreaterThan(MAX_PRICE);
            }
        }
    }

    @ParameterizedTest(name = "{0} digits")
    @CsvSource({"1000", "1000000"})
    void a_huge_number_is_beyond_any_price_with_its_sign(int digits) {
        String huge = "9".repeat(digits);

        assertThat(PriceText.parse(huge)).isGreaterThan(MAX_PRICE);
        assertThat(PriceText.parse("-" + huge + ".5")).isNegative();
        assertThat(PriceText.parse("0".repeat(digits) + "12.5")).isEqualTo(new BigDecimal("12.50"));
        assertThat(PriceText.parse("0." + "0".repeat(digits) + "9")).isEqualTo(new BigDecimal("0.00"));
        assertThat(PriceText.parse("1.00" + "9".repeat(digits))).isEqualTo(new BigDecimal("1.01"));
    }

    private static String randomPlainDecimal(Random random) {
        StringBuilder text = new StringBuilder();
        text.append(new String[] {"", "", "+", "-"}[random.nextInt(4)]);
        text.append("0".repeat(random.nextInt(4) == 0 ? random.nextInt(5) : 0));
        int integerDigits = 1 + random.nextInt(random.nextInt(8) == 0 ? 14 : 9);
        for (int d = 0; d < integerDigits; d++) {
            text.append(random.nextInt(10));
        }
        if (random.nextBoolean()) {
            text.append('.');
            int fractionDigits = 1 + random.nextInt(7);
            for (int d = 0; d < fractionDigits; d++) {
                text.append(random.nextInt(10));
            }
        }
        return text.toString();
    }
}
