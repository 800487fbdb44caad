package dev.ingest.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares the hand-written scanner with strict {@link DateTimeFormatter}s (year {@code uuuu},
 * {@link ResolverStyle#STRICT}) on thousands of near-miss timestamps, so the scanner is exactly as strict.
 */
class TimestampParserTest {

    private static final DateTimeFormatter NAIVE = strict(new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd());
    private static final DateTimeFormatter ISO = strict(new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd());

    @Test
    void agrees_with_strict_formatters_on_random_near_misses() {
        Random random = new Random(20240229L);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = nearMiss(random);
            LocalDateTime expected = oracle(text);
            assertThat(TimestampParser.parse(text)).as("[%s]", text).isEqualTo(expected);
            if (expected != null) {
                valid++;
            }
        }
        // Both sides of the comparison must be exercised, or the test proves little.
        assertThat(valid).isBetween(2_000, 18_000);
    }

    private static String nearMiss(Random random) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%04d", random.nextInt(10) == 0 ? random.nextInt(3) : 1900 + random.nextInt(200)));
        text.append('-').append(twoDigits(random, 14)).append('-').append(twoDigits(random, 33));
        text.append(random.nextInt(3) == 0 ? ' ' : 'T');
        text.append(twoDigits(random, 26)).append(':').append(twoDigits(random, 62)).append(':')
                .append(twoDigits(random, 62));
        int fraction = random.nextInt(12) - 1;
        if (fraction >= 0) {
            text.append('.');
            for (int d = 0; d < fraction; d++) {
                text.append(random.nextInt(10));
            }
        }
        switch (random.nextInt(5)) {
            case 0 -> text.append('Z');
            case 1 -> text.append(random.nextBoolean() ? '+' : '-').append(twoDigits(random, 20)).append(':')
                    .append(twoDigits(random, 61));
            default -> { }
        }
        return text.toString();
    }

    private static String twoDigits(Random random, int bound) {
        int value = random.nextInt(4) == 0 ? random.nextInt(bound) : random.nextInt(Math.min(bound, 12)) + 1;
        return String.format("%02d", value);
    }

    /** What the strict formatters make of the text, converted to UTC and kept to the years PostgreSQL writes. */
    private static LocalDateTime oracle(String text) {
        try {
            TemporalAccessor parsed = (text.charAt(10) == 'T' ? ISO : NAIVE).parse(text);
            LocalDateTime utc = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.from(parsed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    : LocalDateTime.from(parsed);
            return utc.getYear() >= 1 && utc.getYear() <= 9999 && LocalDateTime.from(parsed).getYear() >= 1 ? utc : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter().withResolverStyle(ResolverStyle.STRICT);
    }
}
