package dev.ingest.application.generate.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.FixedCatalogue;
import dev.ingest.application.generate.port.in.EventMix;
import dev.ingest.application.generate.port.out.CatalogueProduct;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventSynthesizerTest {

    private static final Instant TIME = Instant.parse("2025-03-01T10:15:30.123456Z");

    private final EventSynthesizer synthesizer = new EventSynthesizer(FixedCatalogue.PRODUCTS, new UserPool(1_000),
            EventMix.DEFAULT, new SplittableRandom(3));

    @Test
    void event_ids_are_version_7_uuids_carrying_the_event_millisecond() {
        UUID id = UUID.fromString(synthesizer.next(TIME).fields().get(0));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(TIME.toEpochMilli());
    }

    @Test
    void timestamps_are_utc_with_milliseconds() {
        assertThat(synthesizer.next(TIME).fields().get(7)).isEqualTo("2025-03-01 10:15:30.123");
    }

    @Test
    void prices_have_a_dot_and_two_decimals_within_the_products_range_whatever_the_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            for (int i = 0; i < 2_000; i++) {
                List<String> fields = synthesizer.next(TIME).fields();
                CatalogueProduct product = FixedCatalogue.PRODUCTS.stream()
                        .filter(p -> p.productId().equals(fields.get(2))).findFirst().orElseThrow();
                assertThat(fields.get(5)).matches("\\d+\\.\\d\\d");
                long cents = new BigDecimal(fields.get(5)).movePointRight(2).longValueExact();
                assertThat(cents).isBetween(product.minPriceCents(), product.maxPriceCents());
                assertThat(fields.subList(3, 5)).containsExactly(product.name(), product.category());
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 0.01", "9, 0.09", "10, 0.10", "100, 1.00", "9999999999, 99999999.99"})
    void price_text(long cents, String text) {
        assertThat(EventSynthesizer.priceText(cents)).isEqualTo(text);
    }

    @Test
    void a_few_users_make_much_of_the_traffic() {
        Map<String, Integer> perUser = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            GeneratedRecord record = synthesizer.next(TIME);
            perUser.merge(record.fields().get(1), 1, Integer::sum);
        }
        List<Integer> counts = new ArrayList<>(perUser.values());
        counts.sort((a, b) -> b - a);
        int topTen = counts.subList(0, 10).stream().mapToInt(Integer::intValue).sum();

        assertThat(topTen).as("events of the 10 heaviest of 1,000 users").isGreaterThan(20_000 / 5);
        assertThat(perUser.keySet()).allMatch(user -> user.matches("user_\\d{4}"));
        assertThat(perUser).hasSizeGreaterThan(500);
    }
}
