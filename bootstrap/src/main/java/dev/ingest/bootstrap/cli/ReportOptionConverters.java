package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns the {@code report} command's words into values; a bad word becomes a one-line usage error. */
final class ReportOptionConverters {

    private ReportOptionConverters() {
    }

    /** A report name: summary, hourly, funnel, top-products or recent. */
    static final class Kind implements ITypeConverter<ReportKind> {
        @Override
        public ReportKind convert(String value) {
            return ReportKind.fromName(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a report; choose one of " + Arrays.stream(ReportKind.values())
                            .map(ReportKind::reportName).collect(Collectors.joining(", "))));
        }
    }

    /** An output format: table, csv or json. */
    static final class Format implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromName(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a format; choose one of table, csv, json"));
        }
    }

    /**
     * A point in time, UTC like the stored events: {@code yyyy-MM-dd[ HH:mm[:ss]]} or ISO-8601
     * ({@code yyyy-MM-ddTHH:mm[:ss[.fraction]][Z|±hh:mm]}, an offset converted to UTC); a bare date is its midnight.
     */
    static final class Time implements ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String value) {
            try {
                return parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value
                        + "' is not a time; use yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601 like 2024-03-01T10:15:00Z");
            }
        }

        static LocalDateTime parse(String text) {
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
}
