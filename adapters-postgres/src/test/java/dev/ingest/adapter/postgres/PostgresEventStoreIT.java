package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.StagedEvent.staged;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.STAGED_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.LedgerEntry;
import dev.ingest.application.port.out.StagingWriter;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEventStoreIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final Instant STARTED = Instant.parse("2024-03-01T12:00:00Z");
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:05Z");

    private final PostgresEventStore store = new PostgresEventStore(DATABASE.settings(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final PostgresBatchLedger ledger = new PostgresBatchLedger(DATABASE.settings());
    private String stream;

    @BeforeEach
    void emptyTables() {
        DATABASE.dsl().truncate(USER_EVENTS).execute();
        DATABASE.dsl().truncate(INGESTION_BATCHES).execute();
        DATABASE.dsl().truncate(STAGED_EVENTS).execute();
        stream = "stream-" + UUID.randomUUID();
    }

    @Test
    void commits_a_staged_batch_records_it_and_clears_the_staging() {
        BatchKey key = new BatchKey(stream, 0);
        stage(key, 0, staged("a-1"), staged("a-2"));
        stage(key, 1, staged("a-3"));

        BatchOutcome outcome = store.commit(key, tally(3, 0), STARTED);

        assertThat(outcome).isEqualTo(new BatchOutcome(3, 3, 0, 0, Map.of()));
        assertThat(storedIds()).containsExactlyInAnyOrder("a-1", "a-2", "a-3");
        assertThat(DATABASE.dsl().fetchCount(STAGED_EVENTS, STAGED_EVENTS.STREAM_ID.eq(stream))).isZero();
        assertThat(store.committed(key)).contains(outcome);
    }

    @Test
    void a_batch_committed_twice_is_stored_once_and_answers_its_first_outcome() {
        BatchKey key = new BatchKey(stream, 7);
        stage(key, 0, staged("b-1"), staged("b-2"));
        BatchOutcome first = store.commit(key, tally(2, 0), STARTED);
        stage(key, 0, staged("b-1"), staged("b-2"));

        BatchOutcome second = store.commit(key, tally(2, 0), STARTED);

        assertThat(second).isEqualTo(first);
        assertThat(storedIds()).containsExactlyInAnyOrder("b-1", "b-2");
        assertThat(ledger.entries(stream)).hasSize(1);
    }

    @Test
    void a_crash_between_staging_and_commit_then_a_replay_stores_each_event_once() {
        BatchKey key = new BatchKey(stream, 3);
        stage(key, 0, staged("c-1"), staged("c-2"));
        stage(key, 1, staged("c-3"));
        // The driver died here: no commit. The replay clears the attempt and stages again, partitioned differently.
        store.discardStaged(key);
        stage(key, 0, staged("c-1"));
        stage(key, 1, staged("c-2"), staged("c-3"));

        BatchOutcome outcome = store.commit(key, tally(3, 0), STARTED);

        assertThat(outcome).isEqualTo(new BatchOutcome(3, 3, 0, 0, Map.of()));
        assertThat(storedIds()).containsExactlyInAnyOrder("c-1", "c-2", "c-3");
        assertThat(ledger.entries(stream)).extracting(LedgerEntry::outcome).containsExactly(outcome);
    }

    @Test
    void a_re_run_partition_replaces_its_earlier_attempt() {
        BatchKey key = new BatchKey(stream, 4);
        stage(key, 0, staged("d-1"), staged("d-2"));
        stage(key, 0, staged("d-1"), staged("d-2"));

        BatchOutcome outcome = store.commit(key, tally(2, 0), STARTED);

        assertThat(outcome.stored()).isEqualTo(2);
        assertThat(outcome.duplicates()).isZero();
    }

    @Test
    void one_old_event_id_among_new_ones_does_not_stop_the_new_ones() {
        BatchKey earlier = new BatchKey(stream, 0);
        stage(earlier, 0, staged("e-old"));
        store.commit(earlier, tally(1, 0), STARTED);
        BatchKey later = new BatchKey(stream, 1);
        stage(later, 0, staged("e-new-1"), staged("e-old").withProductName("changed"), staged("e-new-2"));

        BatchOutcome outcome = store.commit(later, tally(3, 0), STARTED);

        assertThat(outcome).isEqualTo(new BatchOutcome(3, 2, 1, 0, Map.of()));
        assertThat(storedIds()).containsExactlyInAnyOrder("e-old", "e-new-1", "e-new-2");
        assertThat(productName("e-old")).isEqualTo("Desk lamp");
    }

    @Test
    void in_batch_duplicates_keep_the_first_occurrence_by_file_then_record_number() {
        BatchKey key = new BatchKey(stream, 0);
        stage(key, 0, staged("f-1").from("events_b.csv", 1).withProductName("from b"),
                staged("f-2").from("events_a.csv", 9).withProductName("later in a"));
        stage(key, 1, staged("f-1").from("events_a.csv", 5).withProductName("from a"),
                staged("f-2").from("events_a.csv", 2).withProductName("earlier in a"));

        BatchOutcome outcome = store.commit(key, new BatchTally(5, 4, 1, Map.of(ReasonCode.INVALID_PRICE, 1L),
                List.of()), STARTED);

        assertThat(outcome).isEqualTo(new BatchOutcome(5, 2, 2, 1, Map.of(ReasonCode.INVALID_PRICE, 1L)));
        assertThat(productName("f-1")).isEqualTo("from a");
        assertThat(productName("f-2")).isEqualTo("earlier in a");
    }

    @Test
    void refuses_to_commit_when_staged_events_went_missing() {
        BatchKey key = new BatchKey(stream, 0);
        stage(key, 0, staged("g-1"));

        assertThatThrownBy(() -> store.commit(key, tally(2, 0), STARTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected 2 staged events, found 1");
        assertThat(storedIds()).isEmpty();
        assertThat(store.committed(key)).isEmpty();
    }

    @Test
    void the_ledger_lists_a_stream_s_batches_in_order_with_their_counts_and_times() {
        BatchKey second = new BatchKey(stream, 2);
        BatchKey first = new BatchKey(stream, 1);
        stage(second, 0, staged("h-2"));
        store.commit(second, new BatchTally(3, 1, 2, Map.of(ReasonCode.MISSING_USER_ID, 1L,
                ReasonCode.INVALID_TIMESTAMP, 2L), List.of()), STARTED);
        store.commit(first, tally(0, 0), STARTED);

        List<LedgerEntry> entries = ledger.entries(stream);

        assertThat(entries).containsExactly(
                new LedgerEntry(first, BatchOutcome.empty(), STARTED, NOW),
                new LedgerEntry(second, new BatchOutcome(3, 1, 0, 2, Map.of(ReasonCode.MISSING_USER_ID, 1L,
                        ReasonCode.INVALID_TIMESTAMP, 2L)), STARTED, NOW));
        assertThat(ledger.entries("another-stream")).isEmpty();
    }

    private void stage(BatchKey key, int partition, StagedEvent... events) {
        try (StagingWriter writer = store.staging().open(key, partition)) {
            for (StagedEvent event : events) {
                writer.write(event.event(), event.origin());
            }
            assertThat(writer.commit()).isEqualTo(events.length);
        }
    }

    private static BatchTally tally(long staged, long quarantined) {
        return new BatchTally(staged + quarantined, staged, quarantined, Map.of(), List.of());
    }

    private List<String> storedIds() {
        return DATABASE.dsl().select(USER_EVENTS.EVENT_ID).from(USER_EVENTS).fetch(USER_EVENTS.EVENT_ID);
    }

    private String productName(String eventId) {
        return DATABASE.dsl().select(USER_EVENTS.PRODUCT_NAME).from(USER_EVENTS)
                .where(USER_EVENTS.EVENT_ID.eq(eventId)).fetchOne(USER_EVENTS.PRODUCT_NAME);
    }
}
