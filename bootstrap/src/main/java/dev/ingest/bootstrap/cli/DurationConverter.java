package dev.ingest.bootstrap.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as people write them: {@code 0}, {@code 250ms}, {@code 10s}, {@code 2m}, {@code 1h}, or ISO {@code PT10S}. */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                return nonNegative(Duration.parse(value.toUpperCase(java.util.Locale.ROOT)), text);
            }
            if (value.equals("0")) {
                return Duration.ZERO;
            }
            if (value.endsWith("ms")) {
                return nonNegative(Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2))), text);
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> nonNegative(Duration.ofSeconds(amount), text);
                case 'm' -> nonNegative(Duration.ofMinutes(amount), text);
                case 'h' -> nonNegative(Duration.ofHours(amount), text);
                default -> throw invalid(text);
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw invalid(text);
        }
    }

    private static Duration nonNegative(Duration duration, String text) {
        if (duration.isNegative()) {
            throw invalid(text);
        }
        return duration;
    }

    private static TypeConversionException invalid(String text) {
        return new TypeConversionException("'" + text + "' is not a duration (examples: 0, 250ms, 10s, 2m, 1h)");
    }
}
