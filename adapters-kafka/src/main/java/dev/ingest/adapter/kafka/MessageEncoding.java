package dev.ingest.adapter.kafka;

import dev.ingest.domain.event.MessageFormat;
import java.util.List;

/** How one generated record becomes one message value, in either format the stream's Kafka source reads. */
final class MessageEncoding {

    private MessageEncoding() {
    }

    /** The message value of a record's fields, UTF-8. */
    static byte[] encode(MessageFormat format, List<String> fields) {
        return switch (format) {
            case JSON -> JsonEventMessage.encode(fields);
            case CSV -> CsvEventMessage.encode(fields);
        };
    }
}
