package dev.ingest.adapter.kafka;

import dev.ingest.application.ingest.port.out.MessageDecoder;
import dev.ingest.application.ingest.port.out.MessageDecoderFactory;
import dev.ingest.domain.event.MessageFormat;

/** Decodes the stream's Kafka messages in the format the topics hold (JSON or CSV lines), a decoder per partition. */
public final class KafkaMessageDecoderFactory implements MessageDecoderFactory {

    private static final long serialVersionUID = 1L;

    private final MessageFormat format;

    public KafkaMessageDecoderFactory(MessageFormat format) {
        this.format = format;
    }

    @Override
    public MessageDecoder open() {
        return new KafkaMessageDecoder(format);
    }
}
