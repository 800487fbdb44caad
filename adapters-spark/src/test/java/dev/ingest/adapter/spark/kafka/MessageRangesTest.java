package dev.ingest.adapter.spark.kafka;

import dev.ingest.adapter.kafka.KafkaMessageDecoderFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.fake.RecordingPartition;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.TopicPartitionKey;
import dev.ingest.domain.event.MessageFormat;
import dev.ingest.domain.event.RawRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class MessageRangesTest {

    private static final OffsetRange PLANNED_0 = new OffsetRange("events", 0, 0, 6);
    private static final OffsetRange PLANNED_1 = new OffsetRange("events", 1, 10, 12);

    @Test
    void messages_are_cut_into_the_units_and_what_an_earlier_batch_stored_is_passed_over() {
        // Offsets 2 and 3 of partition 0 were stored before: two units there, one on partition 1.
        OffsetRange first = new OffsetRange("events", 0, 0, 2);
        OffsetRange second = new OffsetRange("events", 0, 4, 6);
        OffsetRange other = new OffsetRange("events", 1, 10, 12);
        RecordingPartition partition = new RecordingPartition();

        ranges(List.of(first, second, other)).read(List.of(message(0, 0), message(0, 1), message(0, 2), message(0, 3),
                message(0, 4), message(0, 5), message(1, 10), message(1, 11)).iterator(), partition);

        Map<String, List<Long>> read = new LinkedHashMap<>();
        partition.units().forEach((id, unit) -> read.put(id, unit.records().stream().map(MessageRangesTest::offsetOf)
                .toList()));

        assertThat(read).containsExactly(Map.entry(first.id(), List.of(0L, 1L)),
                Map.entry(second.id(), List.of(4L, 5L)), Map.entry(other.id(), List.of(10L, 11L)));
    }

    @Test
    void a_message_outside_every_planned_range_stops_the_partition() {
        MessageRanges ranges = ranges(List.of(PLANNED_0, PLANNED_1));

        assertThatThrownBy(() -> ranges.read(List.of(message(0, 0), message(1, 20)).iterator(),
                new RecordingPartition())).isInstanceOf(IllegalStateException.class)
                .hasMessage("message events/1@20 lies outside the batch's planned offsets");
    }

    private static MessageRanges ranges(List<OffsetRange> units) {
        return new MessageRanges(new KafkaMessageDecoderFactory(MessageFormat.CSV),
                Map.of(PLANNED_0.topicPartition(), List.of(PLANNED_0), PLANNED_1.topicPartition(), List.of(PLANNED_1)),
                byTopicPartition(units));
    }

    private static Map<TopicPartitionKey, List<OffsetRange>> byTopicPartition(List<OffsetRange> units) {
        Map<TopicPartitionKey, List<OffsetRange>> byKey = new LinkedHashMap<>();
        units.forEach(unit -> byKey.computeIfAbsent(unit.topicPartition(), k -> new ArrayList<>()).add(unit));
        return byKey;
    }

    private static Row message(int partition, long offset) {
        // A new String per row, as Spark hands them out: the topic is compared by value.
        return RowFactory.create(new String("events"), partition, offset, 1_709_287_200_000L,
                ("e" + offset + ",u1,p1,Lamp,Home,1.50,view,2024-03-01 10:00:00").getBytes(StandardCharsets.UTF_8));
    }

    private static long offsetOf(RawRecord record) {
        return record.origin().position().orElseThrow().offset();
    }
}
