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

/** A log whose partitions hold the offsets given; retention and compaction are offsets taken away. */
public final class InMemoryTopicLog implements TopicLog {

    private final Map<TopicPartitionKey, TreeSet<Long>> offsets = new HashMap<>();
    private final Map<TopicPartitionKey, Long> next = new HashMap<>();

    /** Appends {@code count} messages to the partition. */
    public InMemoryTopicLog append(String topic, int partition, int count) {
        TopicPartitionKey key = new TopicPartitionKey(topic, partition);
        long from = next.getOrDefault(key, 0L);
        for (long offset = from; offset < from + count; offset++) {
            offsets.computeIfAbsent(key, k -> new TreeSet<>()).add(offset);
        }
        next.put(key, from + count);
        return this;
    }

    /** Removes the messages below {@code offset}, as retention does. */
    public InMemoryTopicLog deleteBelow(String topic, int partition, long offset) {
        offsets.getOrDefault(new TopicPartitionKey(topic, partition), new TreeSet<>()).headSet(offset).clear();
        return this;
    }

    /** Removes one message, as compaction does, keeping the log's first offset. */
    public InMemoryTopicLog compactAway(String topic, int partition, long offset) {
        offsets.get(new TopicPartitionKey(topic, partition)).remove(offset);
        return this;
    }

    @Override
    public List<PartitionLog> partitions(Collection<String> topics) {
        List<PartitionLog> partitions = new ArrayList<>();
        next.forEach((key, nextOffset) -> {
            TreeSet<Long> held = offsets.getOrDefault(key, new TreeSet<>());
            if (topics.contains(key.topic())) {
                partitions.add(new PartitionLog(key.topic(), key.partition(), held.isEmpty() ? nextOffset
                        : held.first(), nextOffset));
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
