package dev.ingest.application.contract;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.batch.LandedFile;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.application.verify.port.out.RecordedFile;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BatchCommitter} with its {@link PartitionWriterFactory} and {@link UnitLedger} promises, run against the in-memory fake and each
 * real adapter. Each test uses its own stream id and event-id prefix, so an implementation may share one database
 * between tests.
 */
public abstract class BatchCommitterContract {

    private static final Instant STARTED_AT = Instant.parse("2024-03-15T14:30:00Z");
    private static final Instant LANDED = Instant.parse("2024-03-15T14:29:00Z");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String streamId = "contract-" + run;

    /** The store under test. */
    protected abstract BatchCommitter store();

    /** The writers whose partitions the store records. */
    protected abstract PartitionWriterFactory writers();

    /** What the store's ledger says of the units its partitions stored. */
    protected abstract UnitLedger ledger();

    /** The ledger the store writes in each commit. */
    protected abstract IngestionAudit audit();

    /** Every event the store holds, in any order. */
    protected abstract List<Event> storedEvents();

    @Test
    void a_stored_partition_holds_its_events_and_the_batch_is_recorded() {
        Event first = event("e1");
        Event second = event("e2");
        List<UnitTally> files = store(batch(0), 0, "a.csv", first, second);

        BatchOutcome outcome = store().commit(batch(0), tally(files), STARTED_AT);

        assertThat(files).containsExactly(new UnitTally(new LandedFile("a.csv"), LANDED, 2, 2, 0, 0));
        assertThat(outcome).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(mine(storedEvents())).containsExactlyInAnyOrder(first, second);
        assertThat(store().committed(batch(0))).contains(outcome);
        assertThat(store().committed(batch(1))).isEmpty();
    }

    @Test
    void quarantined_records_and_their_reasons_are_counted_from_the_tally() {
        List<UnitTally> files;
        try (PartitionWriter writer = writers().open(batch(0), 0)) {
            writer.write(event("e1"), new Origin("a.csv", 2));
            files = writer.commit(List.of(new UnitRead(new LandedFile("a.csv"), LANDED, 4, 3)));
        }
        Map<ReasonCode, Long> reasons = Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L);

        BatchOutcome outcome = store().commit(batch(0), BatchTally.ofUnits(files, reasons, StageTimings.NONE),
                STARTED_AT);

        assertThat(files).containsExactly(new UnitTally(new LandedFile("a.csv"), LANDED, 4, 1, 0, 3));
        assertThat(outcome).isEqualTo(new BatchOutcome(4, 1, 0, 3, reasons));
    }

    @Test
    void a_file_without_valid_events_is_recorded_too() {
        List<UnitTally> files;
        try (PartitionWriter writer = writers().open(batch(0), 0)) {
            files = writer.commit(List.of(new UnitRead(new LandedFile("bad.csv"), LANDED, 2, 2),
                    new UnitRead(new LandedFile("empty.csv"), LANDED, 0, 0)));
        }

        assertThat(files).containsExactly(new UnitTally(new LandedFile("bad.csv"), LANDED, 2, 0, 0, 2),
                new UnitTally(new LandedFile("empty.csv"), LANDED, 0, 0, 0, 0));
        assertThat(store().commit(batch(0), tally(files), STARTED_AT)).isEqualTo(new BatchOutcome(2, 0, 0, 2, Map.of()));
    }

    @Test
    void the_files_a_stream_holds_are_those_it_stored_whether_or_not_their_batch_is_recorded() {
        store().commit(batch(0), tally(store(batch(0), 0, "a.csv", event("e1"))), STARTED_AT);
        store(batch(1), 0, "b.csv", event("e2"));
        store(batch(1), 1, new OffsetRange("held-" + run, 0, 0, 1).id(), event("e3"));

        assertThat(ledger().heldFiles(streamId)).containsExactlyInAnyOrder("a.csv", "b.csv");
        assertThat(ledger().heldFiles("other-" + run)).isEmpty();
    }

    @Test
    void a_released_file_is_no_longer_held_and_a_file_stored_again_under_its_name_is() {
        store().commit(batch(0), tally(store(batch(0), 0, "a.csv", event("e1"))), STARTED_AT);
        store().commit(batch(1), tally(store(batch(1), 0, "b.csv", event("e2"))), STARTED_AT);

        ledger().releaseFiles(streamId, List.of("a.csv", "never-stored.csv"));
        ledger().releaseFiles("other-" + run, List.of("b.csv"));
        assertThat(ledger().heldFiles(streamId)).containsExactly("b.csv");

        store().commit(batch(2), tally(store(batch(2), 0, "a.csv", event("e3"))), STARTED_AT);
        assertThat(ledger().heldFiles(streamId)).containsExactlyInAnyOrder("a.csv", "b.csv");
        assertThat(audit().files(streamId)).containsExactly(new RecordedFile(0, "a.csv", 1, true),
                new RecordedFile(1, "b.csv", 1, false), new RecordedFile(2, "a.csv", 1, false));
    }

    @Test
    void the_same_batch_committed_twice_is_recorded_once() {
        List<UnitTally> files = store(batch(0), 0, "a.csv", event("e1"), event("e2"));
        BatchOutcome first = store().commit(batch(0), tally(files), STARTED_AT);

        BatchOutcome again = store().commit(batch(0), tally(files), STARTED_AT);

        assertThat(again).isEqualTo(first);
        assertThat(audit().batches(streamId)).hasSize(1);
    }

    @Test
    void a_partition_run_again_stores_nothing_twice_and_returns_what_it_recorded() {
        List<UnitTally> first = store(batch(0), 0, "a.csv", event("e1"), event("e2"));

        List<UnitTally> again = store(batch(0), 0, "a.csv", event("e1"), event("e2"));

        assertThat(again).isEqualTo(first);
        assertThat(mine(storedEvents())).extracting(Event::eventId).containsExactlyInAnyOrder(id("e1"), id("e2"));
        assertThat(store().commit(batch(0), tally(again), STARTED_AT)).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
    }

    @Test
    void a_batch_run_again_with_its_files_partitioned_differently_stores_each_file_once() {
        List<UnitTally> firstAttempt = store(batch(0), 0, "a.csv", event("e1"), event("e2"));
        // The crash came before the other partition stored b.csv; this time one partition reads both files.
        List<UnitTally> again;
        try (PartitionWriter writer = writers().open(batch(0), 1)) {
            writer.write(event("e1"), new Origin("a.csv", 1));
            writer.write(event("e2"), new Origin("a.csv", 2));
            writer.write(event("e3"), new Origin("b.csv", 1));
            again = writer.commit(List.of(new UnitRead(new LandedFile("a.csv"), LANDED, 2, 0),
                    new UnitRead(new LandedFile("b.csv"), LANDED, 1, 0)));
        }

        assertThat(again).containsExactly(firstAttempt.get(0), new UnitTally(new LandedFile("b.csv"), LANDED, 1, 1,
                0, 0));
        assertThat(mine(storedEvents())).extracting(Event::eventId)
                .containsExactlyInAnyOrder(id("e1"), id("e2"), id("e3"));
        assertThat(store().commit(batch(0), tally(again), STARTED_AT)).isEqualTo(new BatchOutcome(3, 3, 0, 0, Map.of()));
    }

    @Test
    void ids_stored_before_are_duplicates_and_the_new_ones_are_all_stored() {
        Event original = event("old");
        store().commit(batch(0), tally(store(batch(0), 0, "a.csv", original)), STARTED_AT);

        List<UnitTally> files = store(batch(1), 0, "b.csv", event("new1"),
                anEvent().withEventId(id("old")).withPrice("1.00").build(), event("new2"));

        assertThat(files).containsExactly(new UnitTally(new LandedFile("b.csv"), LANDED, 3, 2, 1, 0));
        assertThat(store().commit(batch(1), tally(files), STARTED_AT)).isEqualTo(new BatchOutcome(3, 2, 1, 0, Map.of()));
        assertThat(mine(storedEvents())).hasSize(3).contains(original)
                .extracting(Event::eventId).containsExactlyInAnyOrder(id("old"), id("new1"), id("new2"));
    }

    @Test
    void within_a_partition_the_first_occurrence_in_reading_order_wins() {
        Event first = anEvent().withEventId(id("e1")).withPrice("3.00").build();
        Event repeat = anEvent().withEventId(id("e1")).withPrice("2.00").build();
        List<UnitTally> files;
        try (PartitionWriter writer = writers().open(batch(0), 0)) {
            writer.write(first, new Origin("b.csv", 1));
            writer.write(repeat, new Origin("a.csv", 10));
            writer.write(event("e2"), new Origin("a.csv", 11));
            files = writer.commit(List.of(new UnitRead(new LandedFile("b.csv"), LANDED, 1, 0),
                    new UnitRead(new LandedFile("a.csv"), LANDED, 2, 0)));
        }

        assertThat(files).containsExactly(new UnitTally(new LandedFile("b.csv"), LANDED, 1, 1, 0, 0),
                new UnitTally(new LandedFile("a.csv"), LANDED, 2, 1, 1, 0));
        assertThat(mine(storedEvents())).containsExactlyInAnyOrder(first, event("e2"));
    }

    @Test
    void across_partitions_of_a_batch_the_partition_stored_first_wins() {
        Event first = anEvent().withEventId(id("e1")).withPrice("1.00").build();
        List<UnitTally> files = new ArrayList<>(store(batch(0), 0, "b.csv", first));

        files.addAll(store(batch(0), 1, "a.csv", anEvent().withEventId(id("e1")).withPrice("2.00").build(),
                event("e2")));

        assertThat(files).containsExactly(new UnitTally(new LandedFile("b.csv"), LANDED, 1, 1, 0, 0),
                new UnitTally(new LandedFile("a.csv"), LANDED, 2, 1, 1, 0));
        assertThat(store().commit(batch(0), tally(files), STARTED_AT)).isEqualTo(new BatchOutcome(3, 2, 1, 0, Map.of()));
        assertThat(mine(storedEvents())).containsExactlyInAnyOrder(first, event("e2"));
    }

    @Test
    void a_partition_closed_without_commit_stores_nothing() {
        try (PartitionWriter writer = writers().open(batch(0), 0)) {
            writer.write(event("e1"), new Origin("a.csv", 1));
        }

        assertThat(mine(storedEvents())).isEmpty();
        assertThat(store().commit(batch(0), BatchTally.empty(), STARTED_AT)).isEqualTo(BatchOutcome.empty());
    }

    @Test
    void a_tally_the_stored_files_do_not_add_up_to_is_refused_and_nothing_recorded() {
        List<UnitTally> stored = store(batch(0), 0, "a.csv", event("e1"), event("e2"));
        List<UnitTally> claimed = List.of(stored.get(0), new UnitTally(new LandedFile("b.csv"), LANDED, 1, 1, 0, 0));

        assertThatThrownBy(() -> store().commit(batch(0), tally(claimed), STARTED_AT))
                .isInstanceOf(IllegalStateException.class);

        assertThat(store().committed(batch(0))).isEmpty();
    }

    @Test
    void a_tally_naming_a_different_number_of_files_than_were_stored_is_refused() {
        List<UnitTally> stored = store(batch(0), 0, "a.csv", event("e1"), event("e2"));
        // The same records, stored, duplicates and quarantined: only the number of files differs.
        List<UnitTally> claimed = List.of(stored.get(0), new UnitTally(new LandedFile("empty.csv"), LANDED, 0, 0, 0,
                0));

        assertThatThrownBy(() -> store().commit(batch(0), tally(claimed), STARTED_AT))
                .isInstanceOf(IllegalStateException.class);

        assertThat(store().committed(batch(0))).isEmpty();
        assertThat(store().commit(batch(0), tally(stored), STARTED_AT))
                .isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
    }

    @Test
    void the_writers_survive_serialization_to_an_executor() {
        PartitionWriterFactory shipped = Shipped.toAnExecutor(writers());

        List<UnitTally> files = store(shipped, batch(0), 0, "a.csv", event("e1"));

        assertThat(store().commit(batch(0), tally(files), STARTED_AT))
                .isEqualTo(new BatchOutcome(1, 1, 0, 0, Map.of()));
        assertThat(mine(storedEvents())).containsExactly(event("e1"));
    }

    @Test
    void the_ledger_lists_the_stream_batches_in_batch_order_with_their_counts() {
        // Stored out of order: batch 2 first, so batch 0's e1 is a duplicate of batch 2's.
        store().commit(batch(2), tally(store(batch(2), 0, "c.csv", event("e3"), event("e1"))), STARTED_AT);
        store().commit(batch(0), tally(store(batch(0), 0, "a.csv", event("e1"))), STARTED_AT);
        store().commit(batch(1), tally(store(batch(1), 0, "b.csv", event("e2"), event("e2"))), STARTED_AT);
        BatchKey otherStream = new BatchKey(streamId + "-other", 0);
        store().commit(otherStream, BatchTally.empty(), STARTED_AT);

        List<LedgerEntry> entries = audit().batches(streamId);

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

    @Test
    void offset_ranges_are_stored_like_files_with_their_skipped_messages_and_found_by_topic_partition() {
        String topic = "contract-" + run;
        OffsetRange first = new OffsetRange(topic, 0, 0, 3);
        List<UnitTally> files;
        try (PartitionWriter writer = writers().open(batch(0), 0)) {
            writer.write(event("e1"), new Origin(first.id(), 1));
            writer.write(event("e2"), new Origin(first.id(), 2));
            files = writer.commit(List.of(new UnitRead(first, LANDED, 2, 0, 1)));
        }
        store().commit(batch(0), tally(files), STARTED_AT);
        store(batch(1), 0, new OffsetRange(topic, 0, 3, 5).id(), event("e3"));
        store(new BatchKey("other-" + run, 0), 0, new OffsetRange(topic, 1, 10, 20).id(), event("e4"));

        assertThat(files).containsExactly(new UnitTally(first, LANDED, 2, 2, 0, 0, 1));
        assertThat(ledger().storedRanges(List.of(topic, "unknown"), new BatchKey("another", 0))).containsExactly(
                first, new OffsetRange(topic, 0, 3, 5), new OffsetRange(topic, 1, 10, 20));
        assertThat(ledger().storedRanges(List.of(topic), batch(1))).containsExactly(first,
                new OffsetRange(topic, 1, 10, 20));
        assertThat(ledger().storedRanges(List.of(), batch(0))).isEmpty();
    }

    @Test
    void a_range_that_overlaps_offsets_another_batch_stored_is_refused_and_nothing_stored() {
        String topic = "contract-" + run;
        store(batch(0), 0, new OffsetRange(topic, 0, 0, 10).id(), event("e1"));

        assertThatThrownBy(() -> store(new BatchKey("other-" + run, 0), 0, new OffsetRange(topic, 0, 5, 15).id(),
                event("e2"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("overlap");
        // The same batch run again is a replay, not an overlap.
        store(batch(0), 0, new OffsetRange(topic, 0, 0, 10).id(), event("e1"));

        assertThat(mine(storedEvents())).extracting(Event::eventId).containsExactly(id("e1"));
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

    private static BatchTally tally(List<UnitTally> files) {
        return BatchTally.ofUnits(files, Map.of(), StageTimings.NONE);
    }

    /** Stores one partition of one file whose records are the events given, all valid, and returns its tally. */
    private List<UnitTally> store(BatchKey key, int partitionId, String file, Event... events) {
        return store(writers(), key, partitionId, file, events);
    }

    private static List<UnitTally> store(PartitionWriterFactory writers, BatchKey key, int partitionId, String file,
            Event... events) {
        try (PartitionWriter writer = writers.open(key, partitionId)) {
            for (int i = 0; i < events.length; i++) {
                writer.write(events[i], new Origin(file, i + 1));
            }
            return writer.commit(List.of(new UnitRead(SourceUnit.fromId(file), LANDED, events.length, 0)));
        }
    }
}
