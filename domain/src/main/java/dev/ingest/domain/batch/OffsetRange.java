package dev.ingest.domain.batch;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-open range of offsets {@code [fromOffset, untilOffset)} of one partition of a log topic (Kafka): the unit a
 * log source ingests whole, as a file is for the folder source. Its {@link #id()} names it wherever a file's URI names
 * a file (the per-unit rows, record origins), so that one store serves both sources.
 */
public record OffsetRange(String topic, int partition, long fromOffset, long untilOffset) implements SourceUnit {

    /** How every range's id begins, and no file's URI does. */
    public static final String ID_PREFIX = "kafka://";
    // Kafka topic names are letters, digits, '.', '_' and '-' (at most 249), so '/' can separate the parts.
    private static final String TOPIC_NAME = "[A-Za-z0-9._-]{1,249}";
    private static final Pattern TOPIC = Pattern.compile(TOPIC_NAME);
    private static final Pattern ID = Pattern.compile("kafka://(" + TOPIC_NAME + ")/(\\d+)/(\\d+)-(\\d+)");

    public OffsetRange {
        Objects.requireNonNull(topic, "topic");
        if (!isTopicName(topic)) {
            throw new IllegalArgumentException("not a Kafka topic name: " + topic);
        }
        if (partition < 0 || fromOffset < 0 || untilOffset <= fromOffset) {
            throw new IllegalArgumentException("not an offset range: " + topic + "/" + partition + " " + fromOffset
                    + " until " + untilOffset);
        }
    }

    /** Whether {@code name} is a Kafka topic name: letters, digits, '.', '_' and '-', at most 249 of them. */
    public static boolean isTopicName(String name) {
        return name != null && TOPIC.matcher(name).matches();
    }

    /** The range as a unit id, {@code kafka://<topic>/<partition>/<from>-<until>}. */
    @Override
    public String id() {
        return ID_PREFIX + topic + "/" + partition + "/" + fromOffset + "-" + untilOffset;
    }

    /** The range a unit id names, or empty when the id names something else (a file). */
    public static Optional<OffsetRange> fromId(String id) {
        if (!id.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        Matcher parts = ID.matcher(id);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OffsetRange(parts.group(1), Integer.parseInt(parts.group(2)),
                    Long.parseLong(parts.group(3)), Long.parseLong(parts.group(4))));
        } catch (IllegalArgumentException notARange) {
            // Digits beyond a long, or an empty range: no range of ours.
            return Optional.empty();
        }
    }

    /** How many offsets the range spans; holes (compaction, deleted records) included. */
    public long span() {
        return untilOffset - fromOffset;
    }

    /** Whether the two ranges share an offset; ranges of different topic-partitions never do. */
    public boolean overlaps(OffsetRange other) {
        return sameTopicPartition(other) && fromOffset < other.untilOffset && other.fromOffset < untilOffset;
    }

    /** The topic-partition the range belongs to. */
    public TopicPartitionKey topicPartition() {
        return new TopicPartitionKey(topic, partition);
    }

    public boolean sameTopicPartition(OffsetRange other) {
        return topic.equals(other.topic) && partition == other.partition;
    }

    @Override
    public String toString() {
        return topic + "/" + partition + " [" + fromOffset + ", " + untilOffset + ")";
    }
}
