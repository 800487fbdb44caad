package dev.ingest.adapter.kafka;

import dev.ingest.domain.event.MessageFormat;
import dev.ingest.adapter.kafka.testing.ConsumedMessage;
import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.application.contract.GeneratorSinkContract;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The generator sink contract, held by a real topic: a chunk's name is read back from the messages' headers, its
 * records decoded from the JSON values by an independent parser, in the partition's order.
 */
class KafkaGeneratorSinkContractIT extends GeneratorSinkContract {

    private static final KafkaTestBroker KAFKA = KafkaTestBroker.shared();

    private String topic;
    private KafkaGeneratorSink sink;

    @BeforeEach
    void newTopic() {
        topic = "contract-" + UUID.randomUUID();
        // One partition: the contract's records-in-order is a partition's order.
        KAFKA.createTopic(topic, 1);
        sink = KafkaGeneratorSink.open(new KafkaTarget(KAFKA.bootstrapServers(), topic, MessageFormat.JSON,
                Map.of()));
    }

    @AfterEach
    void closeSink() {
        sink.close();
    }

    @Override
    protected GeneratorSink sink() {
        return sink;
    }

    @Override
    protected List<String> names() {
        return List.copyOf(chunks().keySet());
    }

    @Override
    protected List<GeneratedRecord> recordsOf(String name) {
        return chunks().getOrDefault(name, List.of());
    }

    private Map<String, List<GeneratedRecord>> chunks() {
        Map<List<String>, List<GeneratedRecord>> byChunk = new LinkedHashMap<>();
        for (ConsumedMessage message : KAFKA.consumeAll(topic)) {
            List<String> chunk = List.of(message.headers().get(KafkaGeneratorSink.GENERATOR_HEADER),
                    message.headers().get(KafkaGeneratorSink.CHUNK_HEADER));
            byChunk.computeIfAbsent(chunk, key -> new ArrayList<>())
                    .add(new GeneratedRecord(DecodedMessages.fromJson(message.valueText())));
        }
        Map<String, List<GeneratedRecord>> named = new LinkedHashMap<>();
        byChunk.forEach((chunk, records) -> named.put(KafkaGeneratorSink.chunkName(topic, chunk.get(0),
                Long.parseLong(chunk.get(1)), records.size()), records));
        return named;
    }
}
