package dev.ingest.application.report.port.in;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * A point in time as users write report filters, UTC like the stored events: {@code yyyy-MM-dd[ HH:mm[:ss]]} or
 * ISO-8601 ({@code yyyy-MM-ddTHH:mm[:ss[.fraction]][Z|±hh:mm]}, an offset converted to UTC); a bare date is its
 * midnight. The command line and the dashboard read filters through this one definition.
 */
public final class ReportTime {

    /** How a refused time is explained, after the text that was given. */
    public static final String EXPECTED = "use yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601 like 2024-03-01T10:15:00Z";

    private ReportTime() {
    }

    /** @throws DateTimeParseException when the text is none of the forms above */
    public static LocalDateTime parse(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay();
        }
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, OffsetDateTime::from,
                LocalDateTime::from);
        return parsed instanceof OffsetDateTime withOffset
                ? withOffset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                : (LocalDateTime) parsed;
    }
}
