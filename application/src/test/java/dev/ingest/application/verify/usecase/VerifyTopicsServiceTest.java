package dev.ingest.application.verify.usecase;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryTopicLog;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.verify.port.in.OffsetSpan;
import dev.ingest.application.verify.port.in.TopicPartitionAccount;
import dev.ingest.application.verify.port.in.TopicsAccount;
import dev.ingest.application.verify.port.in.VerifyTopicsCommand;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.event.Origin;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyTopicsServiceTest {

    private static final Instant LANDED = Instant.parse("2024-03-15T14:00:00Z");

    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();
    private final InMemoryTopicLog log = new InMemoryTopicLog();
    private final VerifyTopicsService service = new VerifyTopicsService(log, store);

    @Test
    void a_topic_read_whole_by_two_streams_is_accounted_for_message_by_message() {
        log.append("events", 0, 5).append("events", 1, 2);
        store(new BatchKey("s1", 0), new OffsetRange("events", 0, 0, 3), 2, 0, 1);
        store(new BatchKey("s2", 0), new OffsetRange("events", 0, 3, 5), 2, 1, 0);
        store(new BatchKey("s2", 0), new OffsetRange("events", 1, 0, 2), 2, 0, 0);

        TopicsAccount account = service.verify(new VerifyTopicsCommand(List.of("events")));

        assertThat(account.accounted()).isTrue();
        assertThat(account.partitions()).extracting(TopicPartitionAccount::partition,
                TopicPartitionAccount::messagesRead, TopicPartitionAccount::stored,
                TopicPartitionAccount::quarantined, TopicPartitionAccount::skipped,
                TopicPartitionAccount::messagesInLog).containsExactly(
                tuple(0, 5L, 3L, 1L, 1L, 5L),
                tuple(1, 2L, 2L, 0L, 0L, 2L));
    }

    @Test
    void offsets_the_log_holds_that_no_batch_read_are_a_problem() {
        log.append("events", 0, 10);
        store(new BatchKey("s1", 0), new OffsetRange("events", 0, 2, 5), 3, 0, 0);

        TopicsAccount account = service.verify(new VerifyTopicsCommand(List.of("events")));

        assertThat(account.partitions()).singleElement().extracting(TopicPartitionAccount::unread)
                .isEqualTo(List.of(new OffsetSpan(0, 2), new OffsetSpan(5, 10)));
        assertThat(account.problems()).containsExactly(
                "events/0: offsets 0-1, 5-9 are in the topic but no batch read them");
    }

    @Test
    void offsets_deleted_before_they_were_read_are_listed_apart_and_no_problem() {
        log.append("events", 0, 10).deleteBelow("events", 0, 6);
        store(new BatchKey("s1", 0), new OffsetRange("events", 0, 0, 2), 2, 0, 0);
        store(new BatchKey("s1", 1), new OffsetRange("events", 0, 6, 10), 4, 0, 0);

        TopicsAccount account = service.verify(new VerifyTopicsCommand(List.of("events")));

        assertThat(account.accounted()).isTrue();
        assertThat(account.partitions()).singleElement().satisfies(partition -> {
            assertThat(partition.missed()).containsExactly(new OffsetSpan(2, 6));
            assertThat(partition.messagesInLog()).isEqualTo(4);
            assertThat(partition.messagesRead()).isEqualTo(6);
        });
    }

    @Test
    void a_range_the_log_holds_more_messages_in_than_its_batch_read_is_a_problem() {
        log.append("events", 0, 4);
        store(new BatchKey("s1", 0), new OffsetRange("events", 0, 0, 4), 3, 0, 0);

        TopicsAccount account = service.verify(new VerifyTopicsCommand(List.of("events")));

        assertThat(account.problems()).containsExactly(
                "events/0: the topic holds 4 messages in the stored ranges, the batches read 3");
    }

    @Test
    void a_message_compacted_away_after_it_was_read_counts_as_held_no_more() {
        log.append("events", 0, 4);
        store(new BatchKey("s1", 0), new OffsetRange("events", 0, 0, 3), 3, 0, 0);
        store(new BatchKey("s1", 1), new OffsetRange("events", 0, 3, 4), 1, 0, 0);
        log.compactAway("events", 0, 1);

        TopicsAccount account = service.verify(new VerifyTopicsCommand(List.of("events")));

        assertThat(account.problems()).containsExactly(
                "events/0: the topic holds 3 messages in the stored ranges, the batches read 4");
    }

    /** Stores a range whose records are all valid except {@code quarantined}, plus {@code skipped} tombstones. */
    private void store(BatchKey key, OffsetRange range, int records, int quarantined, int skipped) {
        try (PartitionWriter writer = store.writers().open(key, 0)) {
            for (int i = 0; i < records - quarantined; i++) {
                writer.write(anEvent().withEventId(range.id() + "-" + i).build(), new Origin(range.id(), i + 1));
            }
            writer.commit(List.of(new UnitRead(range, LANDED, records, quarantined, skipped)));
        }
    }
}
