package dev.ingest.adapter.kafka;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.ingest.domain.event.EventField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A record as a JSON message: {@code {"event_id":"…","user_id":"…",…,"price":12.34,…,"timestamp":"…"}}, keys in the
 * canonical order, every value the generator's text as a JSON string, except {@code price}, written as a JSON number
 * literal with exactly the generator's text when that text is a plain decimal ({@code 12.34}, {@code 0.00}), so a
 * reader that takes the literal as written gets the same decimal; any other price ({@code $12.34}, blank) stays a
 * string. Control characters are escaped (<code>&#92;u0000</code>), everything else is written as UTF-8.
 *
 * <p>A record with the wrong field count (the generator's malformed record: one field too many or too few) cannot be
 * an event object: it is written as that object's JSON text with the closing {@code }} cut off, a value that is not a
 * JSON object at all, which the stream quarantines as {@code MALFORMED_RECORD} as it does such a CSV line. Fields past
 * the eighth are named {@code field_9}, {@code field_10}, …
 */
final class JsonEventMessage {

    /** Characters outside the BMP as their four UTF-8 bytes, not as an escaped surrogate pair (Jackson's default). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final int PRICE = EventField.PRICE.ordinal();

    private JsonEventMessage() {
    }

    static byte[] encode(List<String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            for (int i = 0; i < fields.size(); i++) {
                json.writeFieldName(i < EventField.NAMES.size() ? EventField.NAMES.get(i) : "field_" + (i + 1));
                String value = fields.get(i);
                if (i == PRICE && PLAIN_DECIMAL.matcher(value).matches()) {
                    json.writeNumber(value);
                } else {
                    json.writeString(value);
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a record as JSON", e);
        }
        byte[] object = out.toByteArray();
        return fields.size() == EventField.NAMES.size() ? object : Arrays.copyOf(object, object.length - 1);
    }
}
