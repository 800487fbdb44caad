package dev.ingest.adapter.spark.kafka;

import dev.ingest.domain.event.EventField;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a message holding one CSV line (RFC 4180 quoting, no header) with the eight fields in the files' column order
 * ({@link EventField#NAMES}). Anything else (more or fewer fields, a second line, broken quoting) is
 * {@code MALFORMED_RECORD}, as for a file's record.
 */
final class CsvMessageParser {

    private static final CSVFormat LINE = CSVFormat.RFC4180;

    private CsvMessageParser() {
    }

    static RawRecord read(String text, Origin origin) {
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
