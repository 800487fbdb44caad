package dev.ingest.bootstrap.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations as people write them: plain seconds ({@code 30}, {@code 0.5}), with a unit ({@code 250ms},
 * {@code 10s}, {@code 2m}, {@code 1h}, {@code 30d}) or ISO-8601 ({@code PT10S}). Negative durations are refused.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        return parse(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a duration (examples: 0, 30, 250ms, 10s, 2m, 1h, 30d)"));
    }

    static java.util.Optional<Duration> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration duration = value.startsWith("p") ? Duration.parse(value.toUpperCase(Locale.ROOT)) : withUnit(value);
            return duration.isNegative() ? java.util.Optional.empty() : java.util.Optional.of(duration);
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return java.util.Optional.empty();
        }
    }

    private static Duration withUnit(String value) {
        long nanosPerUnit = 1_000_000_000L;
        String number = value;
        if (value.endsWith("ms")) {
            nanosPerUnit = 1_000_000L;
            number = value.substring(0, value.length() - 2);
        } else if (value.endsWith("s") || value.endsWith("m") || value.endsWith("h")
                || value.endsWith("d")) {
            nanosPerUnit = switch (value.charAt(value.length() - 1)) {
                case 'm' -> 60_000_000_000L;
                case 'h' -> 3_600_000_000_000L;
                case 'd' -> 86_400_000_000_000L;
                default -> 1_000_000_000L;
            };
            number = value.substring(0, value.length() - 1);
        }
        double amount = Double.parseDouble(number.strip());
        if (!Double.isFinite(amount)) {
            throw new NumberFormatException(value);
        }
        return Duration.ofNanos(Math.round(amount * nanosPerUnit));
    }
}
