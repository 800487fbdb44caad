package dev.ingest.domain.validation;

import dev.ingest.domain.reason.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.RawEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the input, a valid verdict satisfies every column constraint of {@code user_events}. */
class ValidEventPropertyTest {

    private static final int RECORDS_PER_SEED = 3_000;
    private static final Set<String> TYPE_CODES = Set.of("view", "add_to_cart", "purchase");
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

    private final EventValidator validator = EventValidator.standard();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20240229L})
    void every_valid_verdict_fits_the_table(long seed) {
        RandomRawEvents inputs = new RandomRawEvents(seed);
        int valid = 0;
        for (long n = 1; n <= RECORDS_PER_SEED; n++) {
            RawEvent raw = inputs.next(n);
            Verdict verdict = validator.validate(raw);
            if (verdict instanceof Verdict.Valid accepted) {
                valid++;
                assertFitsTheTable(accepted.event(), raw);
            } else {
                assertThat(((Verdict.Invalid) verdict).reasons())
                        .doesNotContain(ReasonCode.MALFORMED_RECORD, ReasonCode.SCHEMA_MISMATCH);
            }
        }
        // Both verdicts must occur often, or the property says little.
        assertThat(valid).as("valid records of %d", RECORDS_PER_SEED).isBetween(150, RECORDS_PER_SEED - 150);
    }

    private static void assertFitsTheTable(Event event, RawEvent raw) {
        SoftAssertions softly = new SoftAssertions();
        assertText(softly, "event_id", event.eventId(), 50);
        assertText(softly, "user_id", event.userId(), 50);
        assertText(softly, "product_id", event.productId(), 50);
        assertText(softly, "product_name", event.productName(), 255);
        assertText(softly, "category", event.category(), 100);
        softly.assertThat(event.price().scale()).as("price scale of %s", raw).isEqualTo(2);
        softly.assertThat(event.price().precision()).as("DECIMAL(10,2) precision of %s", raw).isLessThanOrEqualTo(10);
        softly.assertThat(event.price()).as("price of %s", raw).isPositive().isLessThanOrEqualTo(MAX_PRICE);
        softly.assertThat(TYPE_CODES).as("type of %s", raw).contains(event.eventType().code());
        softly.assertThat(event.eventTime().getYear()).as("year of %s", raw).isBetween(1, 9999);
        softly.assertAll();
    }

    private static void assertText(SoftAssertions softly, String column, String value, int maxCharacters) {
        softly.assertThat(value).as(column).isNotBlank().isEqualTo(value.strip()).doesNotContain("\u0000", "\uFFFD");
        softly.assertThat(value.codePointCount(0, value.length())).as(column + " length").isLessThanOrEqualTo(maxCharacters);
        softly.assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(value)).as(column + " encodable").isTrue();
    }
}
