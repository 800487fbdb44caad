package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportKind;
import dev.ingest.application.report.port.in.ReportTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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

    /** A point in time, UTC like the stored events, in the forms {@link ReportTime} reads. */
    static final class Time implements ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String value) {
            try {
                return ReportTime.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time; " + ReportTime.EXPECTED);
            }
        }
    }
}
