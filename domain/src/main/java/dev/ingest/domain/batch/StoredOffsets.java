package dev.ingest.domain.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The offsets of each topic-partition that batches stored, as merged runs (one per stretch without a hole, however
 * many batches made it): the one place that says which offsets are stored and which are not. A stream's batch reads
 * only what no stream stored, so nothing is stored twice, and a hole before it shows as a gap; verification finds
 * what the log holds that no batch read.
 */
public final class StoredOffsets {

    /** Per topic-partition: from offset to until offset of each run. */
    private final Map<TopicPartitionKey, NavigableMap<Long, Long>> runs = new HashMap<>();

    public static StoredOffsets of(Collection<OffsetRange> ranges) {
        StoredOffsets stored = new StoredOffsets();
        ranges.forEach(stored::add);
        return stored;
    }

    public void add(OffsetRange range) {
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
    public List<OffsetRange> unstored(OffsetRange planned) {
        return unstored(planned.topicPartition(), planned.fromOffset(), planned.untilOffset());
    }

    /**
     * The offsets of the topic-partition from {@code from} (inclusive) to {@code until} (exclusive) that no batch
     * stored, in offset order; none when {@code until} is not above {@code from}.
     */
    public List<OffsetRange> unstored(TopicPartitionKey key, long from, long until) {
        List<OffsetRange> pieces = new ArrayList<>();
        NavigableMap<Long, Long> partition = runs.getOrDefault(key, new TreeMap<>());
        long next = from;
        Map.Entry<Long, Long> before = partition.floorEntry(next);
        if (before != null && before.getValue() > next) {
            next = before.getValue();
        }
        if (next >= until) {
            return pieces;
        }
        for (Map.Entry<Long, Long> run : partition.subMap(next, false, until, false).entrySet()) {
            if (run.getKey() > next) {
                pieces.add(new OffsetRange(key.topic(), key.partition(), next, run.getKey()));
            }
            next = Math.max(next, run.getValue());
        }
        if (next < until) {
            pieces.add(new OffsetRange(key.topic(), key.partition(), next, until));
        }
        return pieces;
    }

    /** The offset after the last one stored of the topic-partition; 0 when none was. */
    public long end(TopicPartitionKey key) {
        NavigableMap<Long, Long> partition = runs.get(key);
        return partition == null || partition.isEmpty() ? 0 : partition.lastEntry().getValue();
    }

    /**
     * Where the stored offsets below {@code offset} end, when that is short of it: the start of the unstored
     * offsets before it.
     * Empty when {@code offset} follows a stored one, lies inside a run, or no offset below it was stored.
     */
    public OptionalLong unstoredBefore(String topic, int partition, long offset) {
        Map.Entry<Long, Long> before = runs.getOrDefault(new TopicPartitionKey(topic, partition), new TreeMap<>())
                .floorEntry(offset);
        if (before == null || before.getValue() >= offset) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(before.getValue());
    }

    /** Whether any offset of the topic-partition below {@code offset} was stored. */
    public boolean anyBelow(String topic, int partition, long offset) {
        NavigableMap<Long, Long> partitionRuns = runs.get(new TopicPartitionKey(topic, partition));
        return partitionRuns != null && !partitionRuns.isEmpty() && partitionRuns.firstKey() < offset;
    }
}
