package dev.ingest.adapter.kafka;

import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.application.contract.TopicLogContract;
import dev.ingest.application.verify.port.out.TopicLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The topic log contract, held by a real broker: messages produced to its partitions, a transaction's commit marker
 * for an offset without a message, and records deleted through the admin client for retention.
 */
class KafkaTopicLogContractIT extends TopicLogContract {

    private static final KafkaTestBroker KAFKA = KafkaTestBroker.shared();

    private final KafkaTopicLog log = new KafkaTopicLog(KAFKA.bootstrapServers(), Map.of());

    @Override
    protected TopicLog log() {
        return log;
    }

    @Override
    protected void created(String topic, int partitions) {
        KAFKA.createTopic(topic, partitions);
    }

    @Override
    protected void appended(String topic, int partition, int count) {
        KAFKA.send(topic, partition, "key", values(count));
    }

    @Override
    protected void appendedThenHole(String topic, int partition, int count) {
        KAFKA.sendInTransaction(topic, partition, "key", values(count));
    }

    @Override
    protected void deletedBelow(String topic, int partition, long offset) {
        KAFKA.deleteRecordsBelow(topic, partition, offset);
    }

    private static List<byte[]> values(int count) {
        return IntStream.range(0, count).mapToObj(i -> ("m" + i).getBytes(StandardCharsets.UTF_8)).toList();
    }
}
