package dev.ingest.application.ingest.usecase;

import static dev.ingest.domain.testdata.Events.anEvent;
import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryBatch;
import dev.ingest.application.fake.InMemoryMetricsLog;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.application.fake.SteppingClock;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.testdata.RawEvents;
import dev.ingest.domain.validation.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestBatchServiceTest {

    private static final BatchKey BATCH_0 = new BatchKey("stream-1", 0);
    private static final BatchKey BATCH_1 = new BatchKey("stream-1", 1);

    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();
    private final InMemoryQuarantine quarantine = new InMemoryQuarantine();
    private final InMemoryMetricsLog metrics = new InMemoryMetricsLog();
    private final IngestBatchService service = new IngestBatchService(store, store.writers(), quarantine, metrics,
            Clock.fixed(Instant.parse("2024-03-15T15:00:00Z"), ZoneOffset.UTC));

    @Test
    void valid_events_are_stored() {
        RecordedBatch batch = ingest(BATCH_0, InMemoryBatch.of(
                raw("e1", "a.csv", 1).build(), raw("e2", "a.csv", 2).withEventType("VIEW").build()));

        assertThat(store.events()).containsExactly(
                anEvent().withEventId("e1").build(),
                anEvent().withEventId("e2").withEventType(EventType.VIEW).build());
        assertThat(batch.outcome()).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(batch.replay()).isFalse();
        assertThat(quarantine.rejections()).isEmpty();
    }

    @Test
    void invalid_records_are_quarantined_with_their_reasons() {
        RawEvent badPrice = raw("e1", "a.csv", 1).withPrice("$5").withEventType("buy").build();
        UnreadableRecord unreadable = new UnreadableRecord("e2,u,\"open", ReasonCode.MALFORMED_RECORD,
                new Origin("a.csv", 2));
        RawEvent good = raw("e3", "a.csv", 3).build();

        RecordedBatch batch = ingest(BATCH_0, InMemoryBatch.of(badPrice, unreadable, good));

        assertThat(quarantine.rejections()).containsExactly(
                new Rejection(badPrice, Set.of(ReasonCode.INVALID_PRICE, ReasonCode.INVALID_EVENT_TYPE)),
                new Rejection(unreadable, Set.of(ReasonCode.MALFORMED_RECORD)));
        assertThat(batch.outcome()).isEqualTo(new BatchOutcome(3, 1, 0, 2, Map.of(
                ReasonCode.INVALID_PRICE, 1L, ReasonCode.INVALID_EVENT_TYPE, 1L, ReasonCode.MALFORMED_RECORD, 1L)));
        assertThat(store.events()).extracting(event -> event.eventId()).containsExactly("e3");
    }

    @Test
    void within_a_batch_the_first_occurrence_stored_wins_and_the_others_are_duplicates() {
        InMemoryBatch units = InMemoryBatch.partitions(
                List.of(raw("e1", "b.csv", 1).withPrice("3").build(), raw("e1", "a.csv", 10).withPrice("2").build()),
                List.of(raw("e1", "c.csv", 2).withPrice("1").build(), raw("e2", "c.csv", 3).build()));

        RecordedBatch batch = ingest(BATCH_0, units);

        // The fake stores its partitions one after the other, in order.
        assertThat(store.events()).containsExactlyInAnyOrder(
                anEvent().withEventId("e1").withPrice("3").build(), anEvent().withEventId("e2").build());
        assertThat(batch.outcome()).isEqualTo(new BatchOutcome(4, 2, 2, 0, Map.of()));
        assertThat(batch.tally().units()).extracting(file -> file.unitId() + ":" + file.stored() + "/" + file.duplicates())
                .containsExactly("b.csv:1/0", "a.csv:0/1", "c.csv:1/1");
    }

    @Test
    void an_event_stored_by_an_earlier_batch_is_a_duplicate_and_the_rest_is_stored() {
        ingest(BATCH_0, InMemoryBatch.of(raw("e1", "a.csv", 1).withPrice("1").build()));

        RecordedBatch batch = ingest(BATCH_1, InMemoryBatch.of(
                raw("e1", "b.csv", 1).withPrice("9").build(), raw("e2", "b.csv", 2).build()));

        assertThat(batch.outcome()).isEqualTo(new BatchOutcome(2, 1, 1, 0, Map.of()));
        assertThat(store.events()).containsExactly(
                anEvent().withEventId("e1").withPrice("1").build(), anEvent().withEventId("e2").build());
    }

    @Test
    void a_replayed_batch_is_a_no_op_that_reports_the_first_outcome() {
        RecordedBatch first = ingest(BATCH_0, InMemoryBatch.of(
                raw("e1", "a.csv", 1).build(), raw("e2", "a.csv", 2).withPrice("-1").build()));
        InMemoryBatch replayed = InMemoryBatch.of(
                raw("e1", "a.csv", 1).build(), raw("e2", "a.csv", 2).withPrice("-1").build());

        RecordedBatch replay = ingest(BATCH_0, replayed);

        assertThat(replay.replay()).isTrue();
        assertThat(replay.outcome()).isEqualTo(first.outcome());
        assertThat(replayed.timesRun()).isZero();
        assertThat(store.events()).hasSize(1);
        assertThat(quarantine.rejections()).hasSize(1);
        assertThat(store.batches("stream-1")).hasSize(1);
    }

    @Test
    void a_crash_before_the_batch_is_recorded_is_replayed_storing_and_quarantining_each_record_once() {
        InMemoryBatch units = InMemoryBatch.partitions(
                List.of(raw("e1", "a.csv", 1).build(), raw("e2", "a.csv", 2).withTimestamp("never").build()),
                List.of(raw("e3", "b.csv", 1).build()));
        // The first attempt stores and quarantines every partition, then the driver dies before recording the batch.
        units.run(new BatchPartitions(BATCH_0, store.writers(), quarantine.writers()));

        RecordedBatch batch = ingest(BATCH_0, units);

        assertThat(batch.replay()).isFalse();
        assertThat(batch.outcome()).isEqualTo(new BatchOutcome(3, 2, 0, 1, Map.of(ReasonCode.INVALID_TIMESTAMP, 1L)));
        assertThat(store.events()).extracting(event -> event.eventId()).containsExactly("e1", "e3");
        assertThat(quarantine.rejections()).hasSize(1);
    }

    @Test
    void metrics_are_recorded_once_per_ingest_replays_included() {
        RecordedBatch first = ingest(BATCH_0, InMemoryBatch.of(raw("e1", "a.csv", 1).build()));
        RecordedBatch second = ingest(BATCH_1, InMemoryBatch.of(raw("e2", "a.csv", 1).build()));
        RecordedBatch replay = ingest(BATCH_1, InMemoryBatch.of(raw("e2", "a.csv", 1).build()));

        assertThat(metrics.batches()).containsExactly(first, second, replay);
        assertThat(metrics.batches()).extracting(RecordedBatch::replay).containsExactly(false, false, true);
    }

    @Test
    void every_record_is_stored_duplicate_or_quarantined_exactly_once() {
        InMemoryBatch units = InMemoryBatch.partitions(
                List.of(raw("e1", "a.csv", 1).build(), raw("e1", "a.csv", 2).build(),
                        raw("e2", "a.csv", 3).withUserId(" ").build(), raw("e3", "a.csv", 4).build()),
                List.of(new UnreadableRecord("x", ReasonCode.SCHEMA_MISMATCH, new Origin("c.csv", 1)),
                        raw("e4", "d.csv", 1).withPrice("100000000").withCategory("").build(),
                        raw("e3", "d.csv", 2).build()),
                List.of());

        RecordedBatch batch = ingest(BATCH_0, units);

        BatchOutcome outcome = batch.outcome();
        assertThat(outcome).isEqualTo(new BatchOutcome(7, 2, 2, 3, Map.of(ReasonCode.MISSING_USER_ID, 1L,
                ReasonCode.SCHEMA_MISMATCH, 1L, ReasonCode.PRICE_OUT_OF_RANGE, 1L, ReasonCode.MISSING_CATEGORY, 1L)));
        assertThat(outcome).isEqualTo(batch.tally().outcome());
        assertThat(store.events()).hasSize((int) outcome.stored());
        assertThat(quarantine.rejections()).hasSize((int) outcome.quarantined());
        assertThat(batch.tally().units()).extracting(file -> file.unitId())
                .containsExactly("a.csv", "c.csv", "d.csv");
    }

    @Test
    void an_empty_batch_is_committed_with_nothing_in_it() {
        RecordedBatch batch = ingest(BATCH_0, InMemoryBatch.partitions());

        assertThat(batch.outcome()).isEqualTo(BatchOutcome.empty());
        assertThat(store.committed(BATCH_0)).contains(BatchOutcome.empty());
    }

    @Test
    void timings_come_from_the_injected_clock() {
        Instant start = Instant.parse("2024-03-15T15:00:00Z");
        IngestBatchService timed = new IngestBatchService(store, store.writers(), quarantine, metrics,
                new SteppingClock(start, Duration.ofSeconds(1)));

        RecordedBatch batch = InMemoryBatch.of(raw("e1", "a.csv", 1).build()).ingest(timed, BATCH_0);

        assertThat(batch.startedAt()).isEqualTo(start);
        assertThat(batch.processing()).isEqualTo(Duration.ofSeconds(1));
        assertThat(batch.commit()).isEqualTo(Duration.ofSeconds(1));
        assertThat(batch.committedAt()).isEqualTo(start.plusSeconds(2));
        assertThat(store.batches("stream-1")).extracting(LedgerEntry::startedAt).containsExactly(start);
    }

    private RecordedBatch ingest(BatchKey key, InMemoryBatch units) {
        return units.ingest(service, key);
    }

    private static RawEvents.Builder raw(String eventId, String file, long record) {
        return aRawEvent().withEventId(eventId).from(file, record);
    }
}
