package dev.ingest.adapter.kafka;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import dev.ingest.domain.event.EventField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lands the generator's chunks on a Kafka topic, one message per record, through an idempotent producer
 * ({@code acks=all}): a chunk is flushed and every message acknowledged before {@link #land} returns, so what the
 * generator counted is on the topic. Messages are keyed by user id (no key when the record has none), so one user's
 * events keep their order within a partition; headers {@value #GENERATOR_HEADER} and {@value #CHUNK_HEADER} tell which
 * run and chunk a message came from. Unlike a file, a chunk is not atomic: a failed landing may leave part of it.
 */
public final class KafkaGeneratorSink implements GeneratorSink, AutoCloseable {

    public static final String GENERATOR_HEADER = "ingest.generator";
    public static final String CHUNK_HEADER = "ingest.chunk";
    private static final int USER_ID = EventField.USER_ID.ordinal();
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(10);

    private final KafkaTarget target;
    private final Producer<String, byte[]> producer;
    private final Map<String, Long> lastChunkByGenerator = new HashMap<>();

    KafkaGeneratorSink(KafkaTarget target, Producer<String, byte[]> producer) {
        this.target = target;
        this.producer = producer;
    }

    /**
     * Checks that the brokers answer and have the topic (within {@link TopicCheck#ANSWER_WITHIN}), then opens the
     * producer.
     *
     * @throws IllegalArgumentException when a client option is not a valid Kafka setting
     * @throws java.io.UncheckedIOException when the brokers cannot be reached or lack the topic
     */
    public static KafkaGeneratorSink open(KafkaTarget target) {
        TopicCheck.requireTopic(target);
        try {
            return new KafkaGeneratorSink(target, new KafkaProducer<>(ProducerSettings.of(target),
                    new StringSerializer(), new ByteArraySerializer()));
        } catch (KafkaException e) {
            throw new IllegalArgumentException("invalid Kafka client option: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    /** What {@link #land} returns for a chunk: {@code topic events: 1000 messages (generator 0a1b2c3d, chunk 7)}. */
    public static String chunkName(String topic, String generatorId, long chunk, int messages) {
        return String.format("topic %s: %d messages (generator %s, chunk %d)", topic, messages, generatorId, chunk);
    }

    /**
     * Sends each record and waits until all are acknowledged. A chunk number this sink has already passed for the
     * same generator is refused, as the file sink refuses a name landed before: it would put each event on the topic
     * a second time.
     */
    @Override
    public synchronized String land(GeneratedFile chunk) {
        Long last = lastChunkByGenerator.get(chunk.generatorId());
        if (last != null && chunk.sequence() <= last) {
            throw TopicCheck.unusable(target, "chunk " + chunk.sequence() + " of generator " + chunk.generatorId()
                    + " was landed before");
        }
        lastChunkByGenerator.put(chunk.generatorId(), chunk.sequence());
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        Callback failures = (metadata, failure) -> {
            if (failure != null) {
                firstFailure.compareAndSet(null, failure);
            }
        };
        try {
            for (GeneratedRecord record : chunk.records()) {
                producer.send(message(chunk, record), failures);
            }
            producer.flush();
        } catch (KafkaException e) {
            firstFailure.compareAndSet(null, e);
        }
        if (firstFailure.get() != null) {
            throw TopicCheck.unusable(target, firstFailure.get().getMessage());
        }
        return chunkName(target.topic(), chunk.generatorId(), chunk.sequence(), chunk.records().size());
    }

    @Override
    public void close() {
        producer.close(CLOSE_WITHIN);
    }

    private ProducerRecord<String, byte[]> message(GeneratedFile chunk, GeneratedRecord record) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(GENERATOR_HEADER, chunk.generatorId().getBytes(StandardCharsets.UTF_8));
        headers.add(CHUNK_HEADER, Long.toString(chunk.sequence()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(target.topic(), null, key(record.fields()), MessageEncoding.encode(target.format(), record.fields()),
                headers);
    }

    /** The user id, or none when the record has no user id (a blank one, or too few fields). */
    static String key(List<String> fields) {
        return fields.size() > USER_ID && !fields.get(USER_ID).isBlank() ? fields.get(USER_ID) : null;
    }
}
