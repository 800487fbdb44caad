package dev.ingest.adapter.kafka;

import dev.ingest.application.verify.port.out.PartitionLog;
import dev.ingest.application.verify.port.out.TopicLog;
import dev.ingest.domain.batch.OffsetRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        Map<TopicPartition, List<OffsetRange>> byPartition = new LinkedHashMap<>();
        for (OffsetRange range : ranges) {
            if (counts.put(range, 0L) == null) {
                byPartition.computeIfAbsent(new TopicPartition(range.topic(), range.partition()),
                        partition -> new ArrayList<>()).add(range);
            }
        }
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put("enable.auto.commit", "false");
        // A range's start that retention deleted resets to the log's first offset; the default, the latest, would skip
        // the partition's every range.
        settings.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            byPartition.forEach((partition, inPartition) -> count(consumer, partition, inPartition, counts));
        }
        return counts;
    }

    /**
     * Reads the partition once, in offset order, from its first range's start to its last range's end, skipping
     * ahead over offsets no range holds, and counts each message in every range that holds it (the ranges of
     * different streams may overlap).
     */
    private static void count(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition,
            List<OffsetRange> ranges, Map<OffsetRange, Long> counts) {
        List<OffsetRange> sorted = ranges.stream()
                .sorted(Comparator.comparingLong(OffsetRange::fromOffset).thenComparingLong(OffsetRange::untilOffset))
                .toList();
        long end = sorted.stream().mapToLong(OffsetRange::untilOffset).max().orElseThrow();
        consumer.assign(List.of(partition));
        consumer.seek(partition, sorted.get(0).fromOffset());
        List<OffsetRange> open = new ArrayList<>();
        int opened = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        // The position passes holes (compaction, transaction markers) too, so it tells when the ranges are done.
        for (long position = consumer.position(partition); position < end; position = consumer.position(partition)) {
            long at = position;
            open.removeIf(range -> range.untilOffset() <= at);
            while (opened < sorted.size() && sorted.get(opened).untilOffset() <= position) {
                opened++; // Passed without a message in it: compacted away.
            }
            // With no range open, one lies ahead: the one that ends at the end.
            if (open.isEmpty() && sorted.get(opened).fromOffset() > position) {
                consumer.seek(partition, sorted.get(opened).fromOffset());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot read " + (open.isEmpty() ? sorted.get(opened) : open.get(0))
                        + " from Kafka within " + TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<byte[], byte[]> message : consumer.poll(POLL)) {
                long offset = message.offset();
                if (offset >= end) {
                    break;
                }
                while (opened < sorted.size() && sorted.get(opened).fromOffset() <= offset) {
                    open.add(sorted.get(opened++));
                    // Each range gets the time a range had when it was read on its own.
                    deadline = System.nanoTime() + TIMEOUT.toNanos();
                }
                for (OffsetRange range : open) {
                    if (offset < range.untilOffset()) {
                        counts.merge(range, 1L, Long::sum);
                    }
                }
            }
        }
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
