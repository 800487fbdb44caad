package dev.ingest.adapter.web;

import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.application.report.port.in.ReportSheet;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report as the JSON of {@code ingest report --format json}: the instant it is exact as of ({@code exact_as_of}) and
 * its rows ({@code rows}), objects keyed by the columns of its {@link ReportSheet} (times ISO-8601 UTC; no value as
 * {@code null}), so that a tool may read either.
 */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> report(ReportResult result) {
        return object("exact_as_of", result.exactAsOf().toString(),
                "rows", ReportSheet.of(result).objects(ReportJson::jsonValue));
    }

    private static Object jsonValue(Object cell) {
        return cell instanceof LocalDateTime time ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time) : cell;
    }

    /** An object with its keys in the order given (alternating key, value); values may be null. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
