package dev.ingest.adapter.spark.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.application.verify.port.out.PartitionLog;
import dev.ingest.domain.batch.OffsetRange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What {@code verify} asks a real broker: each partition's offsets, and the messages inside stored ranges. */
class KafkaTopicLogIT {

    private static final KafkaTestBroker KAFKA = KafkaTestBroker.shared();

    private final String topic = "log-" + UUID.randomUUID().toString().substring(0, 8);
    private final KafkaTopicLog log = new KafkaTopicLog(KAFKA.bootstrapServers(), Map.of());

    @Test
    void each_partition_shows_its_first_and_next_offset() {
        KAFKA.createTopic(topic, 2);
        send(0, 3);

        assertThat(log.partitions(List.of(topic))).containsExactlyInAnyOrder(new PartitionLog(topic, 0, 0, 3),
                new PartitionLog(topic, 1, 0, 0));
    }

    @Test
    void every_range_counts_the_messages_it_holds_however_the_ranges_lie() {
        KAFKA.createTopic(topic, 2);
        send(0, 20);
        send(1, 1_200);
        // Unsorted, overlapping (two streams), with stretches no range holds (one longer than a poll), one twice.
        List<OffsetRange> ranges = List.of(range(0, 15, 20), range(0, 0, 5), range(0, 3, 8), range(0, 12, 15),
                range(1, 1, 4), range(0, 0, 5), range(1, 1_100, 1_105));

        assertThat(log.messagesIn(ranges)).containsOnly(Map.entry(range(0, 0, 5), 5L), Map.entry(range(0, 3, 8), 5L),
                Map.entry(range(0, 12, 15), 3L), Map.entry(range(0, 15, 20), 5L), Map.entry(range(1, 1, 4), 3L),
                Map.entry(range(1, 1_100, 1_105), 5L));
    }

    private OffsetRange range(int partition, long from, long until) {
        return new OffsetRange(topic, partition, from, until);
    }

    private void send(int partition, int count) {
        KAFKA.send(topic, partition, "key", IntStream.range(0, count)
                .mapToObj(i -> ("m" + i).getBytes(StandardCharsets.UTF_8)).toList());
    }
}
