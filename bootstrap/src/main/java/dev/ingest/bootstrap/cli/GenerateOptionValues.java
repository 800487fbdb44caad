package dev.ingest.bootstrap.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Reads the generate command's time options; a bad value becomes an IllegalArgumentException naming the option. */
final class GenerateOptionValues {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS]")
            .withResolverStyle(ResolverStyle.STRICT);

    private GenerateOptionValues() {
    }

    /** A number of seconds ({@code 30}, {@code 0.5}) or a number with a unit ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}). */
    static Duration duration(String option, String text) {
        return DurationConverter.parse(text).orElseThrow(() -> new IllegalArgumentException(
                option + " expects seconds or a duration like 500ms, 10s, 2m, got '" + text + "'"));
    }

    /** An ISO-8601 instant ({@code 2025-03-01T10:00:00Z}) or a UTC date-time ({@code 2025-03-01 10:00:00}). */
    static Instant startTime(String text) {
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return value.contains("T")
                        ? LocalDateTime.parse(value).toInstant(ZoneOffset.UTC)
                        : LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--start-time expects a time like 2025-03-01T10:00:00Z or "
                        + "'2025-03-01 10:00:00' (UTC), got '" + text + "'");
            }
        }
    }
}
