package dev.ingest.adapter.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.ingest.domain.event.EventField;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads a message holding one JSON object with exactly the eight field names. Values may be strings or numbers; a
 * number is taken as the text it was written as (a price {@code 12.30} stays {@code 12.30}, no binary floating point
 * in between), except that a whole-number {@code timestamp} is epoch milliseconds. A null value is a missing field,
 * for the rules to name. Text that is not one JSON object is {@code MALFORMED_RECORD}; an object that lacks a field,
 * adds or repeats one, or holds an object, array or boolean is {@code SCHEMA_MISMATCH}.
 */
final class JsonMessageParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int TIMESTAMP = EventField.NAMES.indexOf("timestamp");

    private JsonMessageParser() {
    }

    static RawRecord read(String text, Origin origin) {
        String[] values = new String[EventField.NAMES.size()];
        boolean[] seen = new boolean[values.length];
        boolean schemaMismatch = false;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return unreadable(text, ReasonCode.MALFORMED_RECORD, origin);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                int field = EventField.NAMES.indexOf(parser.currentName());
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
                if (field < 0 || !isScalar(value)) {
                    schemaMismatch = true;
                    continue;
                }
                seen[field] = true;
                values[field] = value == JsonToken.VALUE_NULL ? null : valueText(parser, value, field);
            }
            if (parser.nextToken() != null) {
                return unreadable(text, ReasonCode.MALFORMED_RECORD, origin);
            }
        } catch (IOException e) {
            // Broken JSON, and a repeated field name (strict duplicate detection) with it.
            boolean duplicate = e.getMessage() != null && e.getMessage().startsWith("Duplicate field");
            return unreadable(text, duplicate ? ReasonCode.SCHEMA_MISMATCH : ReasonCode.MALFORMED_RECORD, origin);
        }
        for (boolean present : seen) {
            schemaMismatch |= !present;
        }
        if (schemaMismatch) {
            return unreadable(text, ReasonCode.SCHEMA_MISMATCH, origin);
        }
        return new RawEvent(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
                origin);
    }

    private static boolean isScalar(JsonToken value) {
        return value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                || value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NULL;
    }

    private static String valueText(JsonParser parser, JsonToken value, int field) throws IOException {
        String text = parser.getText();
        if (field == TIMESTAMP && value == JsonToken.VALUE_NUMBER_INT) {
            return epochMillis(text);
        }
        return text;
    }

    /** Epoch milliseconds as an ISO-8601 UTC time; a number beyond any instant stays as written, for the rules. */
    private static String epochMillis(String text) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(text)).toString();
        } catch (NumberFormatException | DateTimeException e) {
            return text;
        }
    }

    private static UnreadableRecord unreadable(String text, ReasonCode reason, Origin origin) {
        return new UnreadableRecord(text, reason, origin);
    }
}
