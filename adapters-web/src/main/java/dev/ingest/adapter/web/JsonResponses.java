package dev.ingest.adapter.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** How the API writes JSON: decimals as written (money keeps its two places), errors as {@code {"error": "..."}}. */
final class JsonResponses {

    // Plain decimals, as `ingest report --format json` writes them: 1E+2 would be a valid number but not how money reads.
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer();

    private JsonResponses() {
    }

    static byte[] body(Object tree) {
        try {
            return WRITER.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] error(String reason) {
        return body(Map.of("error", oneLine(reason)));
    }

    static String oneLine(String text) {
        String reason = text == null || text.isBlank() ? "unknown failure" : text;
        int newline = reason.indexOf('\n');
        return (newline < 0 ? reason : reason.substring(0, newline)).strip();
    }
}
