package dev.ingest.application.fake;

import dev.ingest.application.verify.port.out.PartitionLog;
import dev.ingest.application.verify.port.out.TopicLog;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.TopicPartitionKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A log whose partitions hold the offsets given; retention and compaction are offsets taken away. As in Kafka, a
 * partition's first offset is where retention last cut it (0 before), whether or not a message is left there.
 */
public final class InMemoryTopicLog implements TopicLog {

    private final Map<TopicPartitionKey, TreeSet<Long>> offsets = new HashMap<>();
    private final Map<TopicPartitionKey, Long> next = new HashMap<>();
    private final Map<TopicPartitionKey, Long> first = new HashMap<>();

    /** Creates a topic whose partitions hold no message yet. */
    public InMemoryTopicLog createTopic(String topic, int partitions) {
        for (int partition = 0; partition < partitions; partition++) {
            next.putIfAbsent(new TopicPartitionKey(topic, partition), 0L);
        }
        return this;
    }

    /** Appends {@code count} messages to the partition, creating its topic if need be. */
    public InMemoryTopicLog append(String topic, int partition, int count) {
        TopicPartitionKey key = new TopicPartitionKey(topic, partition);
        long from = next.getOrDefault(key, 0L);
        for (long offset = from; offset < from + count; offset++) {
            offsets.computeIfAbsent(key, k -> new TreeSet<>()).add(offset);
        }
        next.put(key, from + count);
        return this;
    }

    /** Appends an offset that holds no message, as the marker that commits a transaction does. */
    public InMemoryTopicLog appendMarker(String topic, int partition) {
        next.merge(new TopicPartitionKey(topic, partition), 1L, Long::sum);
        return this;
    }

    /** Removes the messages below {@code offset}, as retention does. */
    public InMemoryTopicLog deleteBelow(String topic, int partition, long offset) {
        TopicPartitionKey key = new TopicPartitionKey(topic, partition);
        if (offset > next.getOrDefault(key, 0L)) {
            throw new IllegalArgumentException("retention cannot delete beyond the end of " + key + ": " + offset);
        }
        offsets.getOrDefault(key, new TreeSet<>()).headSet(offset).clear();
        first.merge(key, offset, Math::max);
        return this;
    }

    /** Removes one message, as compaction does, keeping the log's first offset. */
    public InMemoryTopicLog compactAway(String topic, int partition, long offset) {
        offsets.get(new TopicPartitionKey(topic, partition)).remove(offset);
        return this;
    }

    /** Refuses a topic it does not have, as Kafka does. */
    @Override
    public List<PartitionLog> partitions(Collection<String> topics) {
        topics.stream().filter(topic -> next.keySet().stream().noneMatch(key -> key.topic().equals(topic)))
                .findFirst().ifPresent(unknown -> {
                    throw new IllegalStateException("cannot describe " + unknown + ": no such topic");
                });
        List<PartitionLog> partitions = new ArrayList<>();
        next.forEach((key, nextOffset) -> {
            if (topics.contains(key.topic())) {
                partitions.add(new PartitionLog(key.topic(), key.partition(), first.getOrDefault(key, 0L),
                        nextOffset));
            }
        });
        return partitions;
    }

    @Override
    public Map<OffsetRange, Long> messagesIn(Collection<OffsetRange> ranges) {
        Map<OffsetRange, Long> counts = new HashMap<>();
        for (OffsetRange range : ranges) {
            TreeSet<Long> held = offsets.getOrDefault(range.topicPartition(), new TreeSet<>());
            counts.put(range, (long) held.subSet(range.fromOffset(), range.untilOffset()).size());
        }
        return counts;
    }
}
