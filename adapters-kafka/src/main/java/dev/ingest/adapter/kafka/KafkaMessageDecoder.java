package dev.ingest.adapter.kafka;

import dev.ingest.application.ingest.port.out.MessageDecoder;
import dev.ingest.domain.event.MessageFormat;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.Tombstone;
import dev.ingest.domain.validation.StorableText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Turns one Kafka message's value into a raw record, on an executor, as the CSV adapter's parser does for a file: a
 * null value is a {@link Tombstone}; a value that is not UTF-8 is quarantined as {@link StorableText} says, with its
 * bytes kept as {@code base64:<bytes in Base64>}; the rest is read as the format says ({@link JsonMessageParser},
 * {@link CsvEventMessage}). Keys play no part.
 */
final class KafkaMessageDecoder implements MessageDecoder {

    static final String BASE64_PREFIX = "base64:";

    private final MessageFormat format;
    // One per partition's decoder, reset for each value: no decoder built per message.
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    KafkaMessageDecoder(MessageFormat format) {
        this.format = format;
    }

    @Override
    public RawRecord decode(byte[] value, Origin origin) {
        if (value == null) {
            return new Tombstone(origin);
        }
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return StorableText.notUtf8(BASE64_PREFIX + Base64.getEncoder().encodeToString(value), origin);
        }
        return switch (format) {
            case JSON -> JsonMessageParser.read(text, origin);
            case CSV -> CsvEventMessage.decode(text, origin);
        };
    }
}
