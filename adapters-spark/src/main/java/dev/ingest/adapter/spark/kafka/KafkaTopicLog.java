package dev.ingest.adapter.spark.kafka;

import dev.ingest.application.verify.port.out.PartitionLog;
import dev.ingest.application.verify.port.out.TopicLog;
import dev.ingest.domain.batch.OffsetRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The topics as Kafka holds them now, for {@code verify}: each partition's first and next offset, and the messages
 * inside stored ranges, counted by reading them once (keys and values are not kept).
 */
public final class KafkaTopicLog implements TopicLog {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> clientSettings;
    private final KafkaLogOffsets offsets;

    /** @param consumerOptions Kafka client settings (security protocol, SASL…), as the stream takes them */
    public KafkaTopicLog(String bootstrapServers, Map<String, String> consumerOptions) {
        Map<String, Object> settings = new HashMap<>(consumerOptions);
        settings.put("bootstrap.servers", bootstrapServers);
        this.clientSettings = Map.copyOf(settings);
        this.offsets = new KafkaLogOffsets(clientSettings);
    }

    @Override
    public List<PartitionLog> partitions(Collection<String> topics) {
        // One admin client for the three questions.
        try (Admin admin = offsets.admin()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (TopicDescription topic : describe(admin, topics)) {
                topic.partitions().forEach(info -> partitions.add(new TopicPartition(topic.name(), info.partition())));
            }
            Map<TopicPartition, Long> first = offsets.earliest(admin, partitions);
            Map<TopicPartition, Long> next = offsets.latest(admin, partitions);
            return partitions.stream()
                    .map(partition -> new PartitionLog(partition.topic(), partition.partition(),
                            first.get(partition), next.get(partition)))
                    .toList();
        }
    }

    @Override
    public Map<OffsetRange, Long> messagesIn(Collection<OffsetRange> ranges) {
        Map<OffsetRange, Long> counts = new HashMap<>();
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put("enable.auto.commit", "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (OffsetRange range : ranges) {
                counts.put(range, count(consumer, range));
            }
        }
        return counts;
    }

    private static long count(KafkaConsumer<byte[], byte[]> consumer, OffsetRange range) {
        TopicPartition partition = new TopicPartition(range.topic(), range.partition());
        consumer.assign(List.of(partition));
        consumer.seek(partition, range.fromOffset());
        long count = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        // The position passes holes (compaction, transaction markers) too, so it tells when the range is done.
        while (consumer.position(partition) < range.untilOffset()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot read " + range + " from Kafka within " + TIMEOUT.toSeconds()
                        + " s");
            }
            for (ConsumerRecord<byte[], byte[]> message : consumer.poll(POLL)) {
                if (message.offset() < range.untilOffset()) {
                    count++;
                }
            }
        }
        return count;
    }

    private List<TopicDescription> describe(Admin admin, Collection<String> topics) {
        try {
            return new ArrayList<>(admin.describeTopics(topics).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).values());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka about " + topics, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe " + String.join(", ", topics) + " at "
                    + clientSettings.get("bootstrap.servers") + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}
