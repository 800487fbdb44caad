package dev.ingest.adapter.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads message values back into fields, as a test's independent reader (not the sink's own code). */
final class DecodedMessages {

    private static final JsonFactory JSON = new JsonFactory();

    private DecodedMessages() {
    }

    /** The values of a JSON object in key order, numbers as their literal text; a truncated object is closed first. */
    static List<String> fromJson(String value) {
        String object = value.endsWith("}") ? value : value + "}";
        List<String> fields = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(object)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new AssertionError("not a JSON object: " + value);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                parser.nextToken();
                fields.add(parser.getText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    static List<String> fromCsv(String value) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(value))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new AssertionError("not one CSV line: " + value);
            }
            return records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
