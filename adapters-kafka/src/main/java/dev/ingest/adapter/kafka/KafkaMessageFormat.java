package dev.ingest.adapter.kafka;

import java.util.List;
import java.util.function.Function;

/** How one generated record becomes one message value; the stream's Kafka source reads the same two formats. */
public enum KafkaMessageFormat {

    /** One JSON object per message, keys in the canonical field order (see {@link JsonEventMessage}). */
    JSON(JsonEventMessage::encode),

    /** One CSV line per message, the fields in the canonical column order (see {@link CsvEventMessage}). */
    CSV(CsvEventMessage::encode);

    private final Function<List<String>, byte[]> encoding;

    KafkaMessageFormat(Function<List<String>, byte[]> encoding) {
        this.encoding = encoding;
    }

    /** The message value of a record's fields, UTF-8. */
    public byte[] encode(List<String> fields) {
        return encoding.apply(fields);
    }
}
