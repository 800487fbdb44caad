package dev.ingest.adapter.kafka;

import dev.ingest.domain.event.EventField;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A record as a CSV message, both ways: one line of the event files' dialect (RFC 4180, quotes only where a value
 * needs them), the eight fields in the files' column order ({@link EventField#NAMES}), no header, no line end.
 */
final class CsvEventMessage {

    private static final CSVFormat LINE = CSVFormat.RFC4180;

    private CsvEventMessage() {
    }

    /** A record with the wrong field count stays one, as in a file. */
    static byte[] encode(List<String> fields) {
        // format() leaves out the record separator, and only that.
        return LINE.format(fields.toArray()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Anything but one line of eight fields (more or fewer fields, a second line, broken quoting) is
     * {@code MALFORMED_RECORD}, as for a file's record.
     */
    static RawRecord decode(String text, Origin origin) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, LINE)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return malformed(text, origin);
        }
        if (records.size() != 1 || records.get(0).size() != EventField.NAMES.size()) {
            return malformed(text, origin);
        }
        Iterator<String> fields = records.get(0).iterator();
        return new RawEvent(fields.next(), fields.next(), fields.next(), fields.next(), fields.next(), fields.next(),
                fields.next(), fields.next(), origin);
    }

    private static UnreadableRecord malformed(String text, Origin origin) {
        return new UnreadableRecord(text, ReasonCode.MALFORMED_RECORD, origin);
    }
}
