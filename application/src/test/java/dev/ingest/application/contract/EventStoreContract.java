package dev.ingest.application.contract;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchLedger;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.EventStaging;
import dev.ingest.application.port.out.EventStore;
import dev.ingest.application.port.out.LedgerEntry;
import dev.ingest.application.port.out.StagedEventsMissingException;
import dev.ingest.application.port.out.StagingWriter;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} promises, run against the in-memory fake and each real adapter. Each test uses its
 * own stream id and event-id prefix, so an implementation may share one database between tests.
 */
public abstract class EventStoreContract {

    private static final Instant STARTED_AT = Instant.parse("2024-03-15T14:30:00Z");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String streamId = "contract-" + run;

    /** The store under test. */
    protected abstract EventStore store();

    /** The staging the store commits from. */
    protected abstract EventStaging staging();

    /** The ledger the store writes in each commit. */
    protected abstract BatchLedger ledger();

    /** Every event the store holds, in any order. */
    protected abstract List<Event> storedEvents();

    @Test
    void a_commit_stores_the_staged_events_and_records_the_batch() {
        Event first = event("e1");
        Event second = event("e2");
        stage(batch(0), 0, first, second);

        BatchOutcome outcome = store().commit(batch(0), tally(2), STARTED_AT);

        assertThat(outcome).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(mine(storedEvents())).containsExactlyInAnyOrder(first, second);
        assertThat(store().committed(batch(0))).contains(outcome);
        assertThat(store().committed(batch(1))).isEmpty();
    }

    @Test
    void quarantined_records_are_counted_from_the_tally() {
        stage(batch(0), 0, event("e1"));
        BatchTally tally = new BatchTally(4, 1, 3, Map.of(ReasonCode.INVALID_PRICE, 2L,
                ReasonCode.MALFORMED_RECORD, 1L), List.of());

        BatchOutcome outcome = store().commit(batch(0), tally, STARTED_AT);

        assertThat(outcome).isEqualTo(new BatchOutcome(4, 1, 0, 3, Map.of(ReasonCode.INVALID_PRICE, 2L,
                ReasonCode.MALFORMED_RECORD, 1L)));
    }

    @Test
    void the_same_batch_committed_twice_stores_its_events_once() {
        stage(batch(0), 0, event("e1"), event("e2"));
        BatchOutcome first = store().commit(batch(0), tally(2), STARTED_AT);
        stage(batch(0), 0, event("e1"), event("e2"), event("e3"));

        BatchOutcome again = store().commit(batch(0), tally(3), STARTED_AT);

        assertThat(again).isEqualTo(first);
        assertThat(mine(storedEvents())).extracting(Event::eventId).containsExactlyInAnyOrder(id("e1"), id("e2"));
        assertThat(ledger().entries(streamId)).hasSize(1);
    }

    @Test
    void a_replay_after_staging_without_commit_stores_each_event_once() {
        stage(batch(0), 0, event("e1"), event("e2"));
        stage(batch(0), 1, event("e3"));
        // The driver crashed here; the replay discards what the first attempt staged and stages again.
        store().discardStaged(batch(0));
        stage(batch(0), 0, event("e1"), event("e2"));
        stage(batch(0), 1, event("e3"));

        BatchOutcome outcome = store().commit(batch(0), tally(3), STARTED_AT);

        assertThat(outcome).isEqualTo(new BatchOutcome(3, 3, 0, 0, Map.of()));
        assertThat(mine(storedEvents())).extracting(Event::eventId)
                .containsExactlyInAnyOrder(id("e1"), id("e2"), id("e3"));
    }

    @Test
    void one_stored_id_among_new_ones_is_a_duplicate_and_the_new_ones_are_all_stored() {
        Event original = event("old");
        stage(batch(0), 0, original);
        store().commit(batch(0), tally(1), STARTED_AT);
        stage(batch(1), 0, event("new1"), anEvent().withEventId(id("old")).withPrice("1.00").build(), event("new2"));

        BatchOutcome outcome = store().commit(batch(1), tally(3), STARTED_AT);

        assertThat(outcome).isEqualTo(new BatchOutcome(3, 2, 1, 0, Map.of()));
        assertThat(mine(storedEvents())).hasSize(3).contains(original)
                .extracting(Event::eventId).containsExactlyInAnyOrder(id("old"), id("new1"), id("new2"));
    }

    @Test
    void within_a_batch_the_first_occurrence_by_file_then_record_number_wins() {
        Event laterFile = anEvent().withEventId(id("e1")).withPrice("3.00").build();
        Event laterRecord = anEvent().withEventId(id("e1")).withPrice("2.00").build();
        Event first = anEvent().withEventId(id("e1")).withPrice("1.00").build();
        try (StagingWriter writer = staging().open(batch(0), 0)) {
            writer.write(laterFile, new Origin("b.csv", 1));
            writer.write(laterRecord, new Origin("a.csv", 10));
            writer.commit();
        }
        try (StagingWriter writer = staging().open(batch(0), 1)) {
            writer.write(first, new Origin("a.csv", 2));
            writer.write(event("e2"), new Origin("a.csv", 3));
            writer.commit();
        }

        BatchOutcome outcome = store().commit(batch(0), tally(4), STARTED_AT);

        assertThat(outcome).isEqualTo(new BatchOutcome(4, 2, 2, 0, Map.of()));
        assertThat(mine(storedEvents())).containsExactlyInAnyOrder(first, event("e2"));
    }

    @Test
    void a_staged_count_that_differs_from_the_tally_fails_the_commit_and_stores_nothing() {
        stage(batch(0), 0, event("e1"), event("e2"));

        assertThatThrownBy(() -> store().commit(batch(0), tally(3), STARTED_AT))
                .isInstanceOf(StagedEventsMissingException.class);

        assertThat(mine(storedEvents())).isEmpty();
        assertThat(store().committed(batch(0))).isEmpty();
    }

    @Test
    void discarding_the_staged_events_removes_an_unfinished_attempt() {
        stage(batch(0), 0, event("e1"), event("e2"));
        stage(batch(0), 1, event("e3"));

        store().discardStaged(batch(0));
        stage(batch(0), 0, event("e4"));
        BatchOutcome outcome = store().commit(batch(0), tally(1), STARTED_AT);

        assertThat(outcome.stored()).isEqualTo(1);
        assertThat(mine(storedEvents())).containsExactly(event("e4"));
    }

    @Test
    void discarding_one_batch_leaves_another_batch_staged() {
        stage(batch(0), 0, event("e1"));
        stage(batch(1), 0, event("e2"));

        store().discardStaged(batch(0));
        store().commit(batch(1), tally(1), STARTED_AT);

        assertThat(mine(storedEvents())).containsExactly(event("e2"));
    }

    @Test
    void restaging_a_partition_replaces_its_earlier_attempt() {
        stage(batch(0), 0, event("e1"), event("e2"));
        stage(batch(0), 1, event("e3"));
        stage(batch(0), 0, event("e4"));

        BatchOutcome outcome = store().commit(batch(0), tally(2), STARTED_AT);

        assertThat(outcome).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(mine(storedEvents())).containsExactlyInAnyOrder(event("e3"), event("e4"));
    }

    @Test
    void a_partition_closed_without_commit_stages_nothing() {
        try (StagingWriter writer = staging().open(batch(0), 0)) {
            writer.write(event("e1"), new Origin("a.csv", 1));
        }

        assertThatThrownBy(() -> store().commit(batch(0), tally(1), STARTED_AT))
                .isInstanceOf(StagedEventsMissingException.class);
        assertThat(store().commit(batch(0), tally(0), STARTED_AT)).isEqualTo(BatchOutcome.empty());
        assertThat(mine(storedEvents())).isEmpty();
    }

    @Test
    void the_ledger_lists_the_stream_batches_in_batch_order_with_their_counts() {
        // Committed out of order: batch 2 first, so batch 0's e1 is a duplicate of batch 2's.
        stage(batch(2), 0, event("e3"), event("e1"));
        store().commit(batch(2), tally(2), STARTED_AT);
        stage(batch(0), 0, event("e1"));
        store().commit(batch(0), tally(1), STARTED_AT);
        stage(batch(1), 0, event("e2"), event("e2"));
        store().commit(batch(1), tally(2), STARTED_AT);
        BatchKey otherStream = new BatchKey(streamId + "-other", 0);
        store().commit(otherStream, tally(0), STARTED_AT);

        List<LedgerEntry> entries = ledger().entries(streamId);

        assertThat(entries).extracting(LedgerEntry::key).containsExactly(batch(0), batch(1), batch(2));
        assertThat(entries).extracting(LedgerEntry::outcome).containsExactly(
                new BatchOutcome(1, 0, 1, 0, Map.of()),
                new BatchOutcome(2, 1, 1, 0, Map.of()),
                new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.startedAt()).isEqualTo(STARTED_AT);
            assertThat(entry.committedAt()).isNotNull();
        });
    }

    private BatchKey batch(long batchId) {
        return new BatchKey(streamId, batchId);
    }

    /** An event id unique to this test run, so tests sharing a database never meet. */
    private String id(String name) {
        return run + "-" + name;
    }

    private Event event(String name) {
        return anEvent().withEventId(id(name)).build();
    }

    private List<Event> mine(List<Event> events) {
        return events.stream().filter(event -> event.eventId().startsWith(run + "-")).toList();
    }

    private static BatchTally tally(long staged) {
        return new BatchTally(staged, staged, 0, Map.of(), List.of());
    }

    /** Stages one partition, each event from its own record of one file, and commits the partition. */
    private void stage(BatchKey key, int partitionId, Event... events) {
        try (StagingWriter writer = staging().open(key, partitionId)) {
            for (int i = 0; i < events.length; i++) {
                writer.write(events[i], new Origin("events-" + partitionId + ".csv", i + 1));
            }
            assertThat(writer.commit()).isEqualTo(events.length);
        }
    }
}
