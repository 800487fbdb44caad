package dev.ingest.bootstrap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.ingest.application.report.port.in.ReportSheet;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object: {@code exact_as_of}, the instant the report is exact as of, and {@code rows}, one object per row with
 * keys in column order; numbers stay numbers, times are ISO-8601 (UTC). The dashboard's {@code /api} answers the same.
 */
final class ReportJsonRenderer implements ReportRenderer {

    // Plain decimals: 1E+2 would be a valid number but not how money reads.
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writerWithDefaultPrettyPrinter();

    @Override
    public String render(ReportSheet sheet) {
        try {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("exact_as_of", sheet.exactAsOf().toString());
            report.put("rows", sheet.objects(ReportJsonRenderer::jsonValue));
            return WRITER.writeValueAsString(report) + '\n';
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object jsonValue(Object cell) {
        return cell instanceof LocalDateTime time ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time) : cell;
    }
}
