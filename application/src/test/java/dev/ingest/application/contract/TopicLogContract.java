package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.verify.port.out.PartitionLog;
import dev.ingest.application.verify.port.out.TopicLog;
import dev.ingest.domain.batch.OffsetRange;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TopicLog} promises {@code verify}, run against the in-memory fake and the real adapter. Each test
 * uses topics of its own, so a broker may be shared.
 */
public abstract class TopicLogContract {

    private final String topic = "log-" + UUID.randomUUID().toString().substring(0, 8);

    /** The log under test, holding whatever was arranged so far. */
    protected abstract TopicLog log();

    /** Arranges a topic with this many partitions, none holding a message yet. */
    protected abstract void created(String topic, int partitions);

    /** Arranges {@code count} more messages at the end of the partition. */
    protected abstract void appended(String topic, int partition, int count);

    /**
     * Arranges {@code count} more messages at the end of the partition, then one offset that holds no message (in
     * Kafka, the marker that commits a transaction; a message compacted away leaves the same).
     */
    protected abstract void appendedThenHole(String topic, int partition, int count);

    /** Removes the partition's messages below {@code offset}, as retention does. */
    protected abstract void deletedBelow(String topic, int partition, long offset);

    @Test
    void each_partition_shows_its_first_and_next_offset() {
        created(topic, 2);
        appended(topic, 0, 3);

        assertThat(log().partitions(List.of(topic))).containsExactlyInAnyOrder(new PartitionLog(topic, 0, 0, 3),
                new PartitionLog(topic, 1, 0, 0));
    }

    @Test
    void only_the_topics_asked_for_are_shown() {
        String other = topic + "-other";
        created(topic, 1);
        created(other, 1);
        appended(other, 0, 2);

        assertThat(log().partitions(List.of(topic))).containsExactly(new PartitionLog(topic, 0, 0, 0));
        assertThat(log().partitions(List.of(topic, other))).containsExactlyInAnyOrder(
                new PartitionLog(topic, 0, 0, 0), new PartitionLog(other, 0, 0, 2));
    }

    @Test
    void a_topic_the_log_does_not_have_is_refused_by_name() {
        assertThatThrownBy(() -> log().partitions(List.of(topic))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(topic);
    }

    @Test
    void retention_moves_the_first_offset_and_leaves_the_next() {
        created(topic, 2);
        appended(topic, 0, 10);
        appended(topic, 1, 4);
        deletedBelow(topic, 0, 6);
        deletedBelow(topic, 1, 4);

        assertThat(log().partitions(List.of(topic))).containsExactlyInAnyOrder(new PartitionLog(topic, 0, 6, 10),
                new PartitionLog(topic, 1, 4, 4));
    }

    @Test
    void every_range_counts_the_messages_it_holds_however_the_ranges_lie() {
        created(topic, 2);
        appended(topic, 0, 20);
        appended(topic, 1, 1_200);
        // Unsorted, overlapping (two streams), with stretches no range holds (one longer than a poll), one twice.
        List<OffsetRange> ranges = List.of(range(0, 15, 20), range(0, 0, 5), range(0, 3, 8), range(0, 12, 15),
                range(1, 1, 4), range(0, 0, 5), range(1, 1_100, 1_105));

        assertThat(log().messagesIn(ranges)).containsOnly(Map.entry(range(0, 0, 5), 5L),
                Map.entry(range(0, 3, 8), 5L), Map.entry(range(0, 12, 15), 3L), Map.entry(range(0, 15, 20), 5L),
                Map.entry(range(1, 1, 4), 3L), Map.entry(range(1, 1_100, 1_105), 5L));
    }

    @Test
    void a_range_counts_none_of_the_messages_retention_deleted() {
        created(topic, 1);
        appended(topic, 0, 10);
        deletedBelow(topic, 0, 6);

        assertCounts(Map.of(range(0, 0, 4), 0L, range(0, 4, 8), 2L, range(0, 6, 10), 4L));
    }

    @Test
    void an_offset_without_a_message_counts_in_no_range_and_the_partition_reads_on_past_it() {
        created(topic, 1);
        appendedThenHole(topic, 0, 3);
        appended(topic, 0, 2);

        assertThat(log().partitions(List.of(topic))).containsExactly(new PartitionLog(topic, 0, 0, 6));
        assertCounts(Map.of(range(0, 0, 4), 3L, range(0, 3, 4), 0L, range(0, 3, 6), 2L));
    }

    @Test
    void retention_up_to_an_offset_without_a_message_starts_the_log_there() {
        created(topic, 1);
        appendedThenHole(topic, 0, 3);
        appended(topic, 0, 2);
        deletedBelow(topic, 0, 3);

        assertThat(log().partitions(List.of(topic))).containsExactly(new PartitionLog(topic, 0, 3, 6));
    }

    @Test
    void no_ranges_count_nothing() {
        assertThat(log().messagesIn(List.of())).isEmpty();
    }

    /** Asks for the ranges' counts all at once, as {@code verify} does. */
    private void assertCounts(Map<OffsetRange, Long> expected) {
        assertThat(log().messagesIn(expected.keySet())).isEqualTo(expected);
    }

    private OffsetRange range(int partition, long from, long until) {
        return new OffsetRange(topic, partition, from, until);
    }
}
