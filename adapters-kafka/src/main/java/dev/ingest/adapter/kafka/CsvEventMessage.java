package dev.ingest.adapter.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * A record as a CSV message: one line of the event files' dialect (RFC 4180, quotes only where a value needs them),
 * no header, no line end. A record with the wrong field count stays one, as in a file.
 */
final class CsvEventMessage {

    private static final CSVFormat LINE = CSVFormat.RFC4180;

    private CsvEventMessage() {
    }

    static byte[] encode(List<String> fields) {
        // format() leaves out the record separator, and only that.
        return LINE.format(fields.toArray()).getBytes(StandardCharsets.UTF_8);
    }
}
