package dev.ingest.adapter.spark.kafka;

import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.TopicPartitionKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The offsets of each topic-partition that batches stored, kept on the driver as merged runs (one per stretch without
 * a hole, however many batches made it), so that a batch leaves out what any stream stored and a hole shows as a gap.
 */
final class StoredOffsets {

    /** Per topic-partition: from offset to until offset of each run. */
    private final Map<TopicPartitionKey, NavigableMap<Long, Long>> runs = new HashMap<>();

    static StoredOffsets of(Collection<OffsetRange> ranges) {
        StoredOffsets stored = new StoredOffsets();
        ranges.forEach(stored::add);
        return stored;
    }

    void add(OffsetRange range) {
        NavigableMap<Long, Long> partition = runs.computeIfAbsent(range.topicPartition(), k -> new TreeMap<>());
        long from = range.fromOffset();
        long until = range.untilOffset();
        Map.Entry<Long, Long> before = partition.floorEntry(from);
        if (before != null && before.getValue() >= from) {
            from = before.getKey();
            until = Math.max(until, before.getValue());
        }
        Map.Entry<Long, Long> next = partition.ceilingEntry(from);
        while (next != null && next.getKey() <= until) {
            until = Math.max(until, next.getValue());
            partition.remove(next.getKey());
            next = partition.ceilingEntry(from);
        }
        partition.put(from, until);
    }

    /** The parts of a planned range that no batch stored, in offset order: the units a batch reads. */
    List<OffsetRange> unstored(OffsetRange planned) {
        List<OffsetRange> pieces = new ArrayList<>();
        NavigableMap<Long, Long> partition = runs.getOrDefault(planned.topicPartition(), new TreeMap<>());
        long next = planned.fromOffset();
        Map.Entry<Long, Long> before = partition.floorEntry(next);
        if (before != null && before.getValue() > next) {
            next = before.getValue();
        }
        if (next >= planned.untilOffset()) {
            return pieces;
        }
        for (Map.Entry<Long, Long> run : partition.subMap(next, false, planned.untilOffset(), false).entrySet()) {
            if (run.getKey() > next) {
                pieces.add(new OffsetRange(planned.topic(), planned.partition(), next, run.getKey()));
            }
            next = Math.max(next, run.getValue());
        }
        if (next < planned.untilOffset()) {
            pieces.add(new OffsetRange(planned.topic(), planned.partition(), next, planned.untilOffset()));
        }
        return pieces;
    }

    /**
     * Where the stored offsets below {@code offset} end, when that is short of it: the start of the hole before it.
     * Empty when {@code offset} follows a stored one, lies inside a run, or no offset below it was stored.
     */
    OptionalLong holeBefore(String topic, int partition, long offset) {
        Map.Entry<Long, Long> before = runs.getOrDefault(new TopicPartitionKey(topic, partition), new TreeMap<>())
                .floorEntry(offset);
        if (before == null || before.getValue() >= offset) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(before.getValue());
    }

    /** Whether any offset of the topic-partition below {@code offset} was stored. */
    boolean anyBelow(String topic, int partition, long offset) {
        NavigableMap<Long, Long> partitionRuns = runs.get(new TopicPartitionKey(topic, partition));
        return partitionRuns != null && !partitionRuns.isEmpty() && partitionRuns.firstKey() < offset;
    }
}
