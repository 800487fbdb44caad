package dev.ingest.adapter.web;

import dev.ingest.application.report.port.in.ReportTime;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A request's query parameters, read as the command line reads the same filters; anything it cannot read is a
 * {@link BadRequestException} with a one-line reason. Only the names given are accepted, each at most once.
 */
final class QueryParameters {

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters of(URI uri, Set<String> accepted) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!accepted.contains(name)) {
                    throw new BadRequestException("unknown parameter '" + name + "'; this endpoint takes "
                            + String.join(", ", accepted.stream().sorted().toList()));
                }
                if (values.putIfAbsent(name, value.strip()) != null) {
                    throw new BadRequestException("parameter '" + name + "' is given more than once");
                }
            }
        }
        return new QueryParameters(values);
    }

    /** A parameter's text; an empty value counts as not given, as an empty form field does. */
    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
    }

    /** A point in time (UTC) in any form {@code ingest report --from} takes. */
    Optional<LocalDateTime> time(String name) {
        return text(name).map(value -> {
            try {
                return ReportTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRequestException(name + ": '" + value + "' is not a time; " + ReportTime.EXPECTED);
            }
        });
    }

    /** A whole number of at least 1. */
    OptionalInt count(String name) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int count = Integer.parseInt(value.get());
            if (count < 1) {
                throw new BadRequestException(name + " must be at least 1, was " + count);
            }
            return OptionalInt.of(count);
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + ": '" + value.get() + "' is not a whole number");
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unreadable query: " + e.getMessage());
        }
    }
}
