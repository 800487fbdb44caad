package dev.ingest.application.ingest.usecase;

import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.batch.LandedFile;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.application.fake.InMemorySourceUnit;
import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.application.ingest.port.in.PartitionIngestFactory;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.Tombstone;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchPartitionsTest {

    private static final BatchKey KEY = new BatchKey("stream-1", 4);
    private static final Instant LANDED_A = Instant.parse("2024-03-15T14:00:00Z");
    private static final Instant LANDED_B = Instant.parse("2024-03-15T14:00:05Z");

    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();
    private final InMemoryQuarantine quarantine = new InMemoryQuarantine();
    private final BatchPartitions partitions = new BatchPartitions(KEY, store.writers(), quarantine.writers());

    @Test
    void counts_the_records_of_each_unit_and_keeps_when_it_landed() {
        BatchTally tally = ingest(0, InMemorySourceUnit.of("a.csv", LANDED_A, event("e1", "a.csv", 1), event("e2", "a.csv", 2)),
                InMemorySourceUnit.of("b.csv", LANDED_B, aRawEvent().withEventId("e3").withPrice("x").from("b.csv", 1).build()));

        assertThat(tally.units()).containsExactly(new UnitTally(new LandedFile("a.csv"), LANDED_A, 2, 2, 0, 0),
                new UnitTally(new LandedFile("b.csv"), LANDED_B, 1, 0, 0, 1));
        assertThat(tally.outcome()).isEqualTo(new BatchOutcome(3, 2, 0, 1, Map.of(ReasonCode.INVALID_PRICE, 1L)));
        assertThat(store.events()).hasSize(2);
    }

    @Test
    void a_unit_without_records_is_still_accounted_for() {
        BatchTally tally = ingest(0, InMemorySourceUnit.of("header-only.csv", LANDED_A));

        assertThat(tally.units()).containsExactly(new UnitTally(new LandedFile("header-only.csv"), LANDED_A, 0, 0, 0,
                0));
        assertThat(tally.outcome()).isEqualTo(BatchOutcome.empty());
    }

    @Test
    void a_message_without_a_value_is_skipped_neither_a_record_nor_quarantined() {
        String range = "kafka://events/0/0-3";
        BatchTally tally = ingest(0, InMemorySourceUnit.of(range, LANDED_A, event("e1", range, 1),
                new Tombstone(new Origin(range, 2)), event("e2", range, 3)));

        assertThat(tally.units()).containsExactly(new UnitTally(SourceUnit.fromId(range), LANDED_A, 2, 2, 0, 0, 1));
        assertThat(tally.outcome()).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(quarantine.rejections()).isEmpty();
    }

    @Test
    void each_reason_is_counted_once_per_record_that_has_it() {
        RawEvent twoReasons = aRawEvent().withPrice("abc").withEventType("buy").from("a.csv", 1).build();
        RawEvent oneReason = aRawEvent().withPrice("-2").from("a.csv", 2).build();
        RawEvent priceAgain = aRawEvent().withPrice("1e5").from("a.csv", 3).build();
        UnreadableRecord malformed = new UnreadableRecord("a,b", ReasonCode.MALFORMED_RECORD, new Origin("a.csv", 4));

        BatchTally tally = ingest(0, InMemorySourceUnit.of("a.csv", LANDED_A, twoReasons, oneReason, priceAgain, malformed));

        assertThat(tally.outcome().quarantined()).isEqualTo(4);
        assertThat(tally.outcome().quarantinedByReason()).isEqualTo(Map.of(ReasonCode.INVALID_PRICE, 2L,
                ReasonCode.INVALID_EVENT_TYPE, 1L, ReasonCode.NON_POSITIVE_PRICE, 1L, ReasonCode.MALFORMED_RECORD, 1L));
        assertThat(quarantine.rejections()).containsExactly(
                new Rejection(twoReasons, Set.of(ReasonCode.INVALID_PRICE, ReasonCode.INVALID_EVENT_TYPE)),
                new Rejection(oneReason, Set.of(ReasonCode.NON_POSITIVE_PRICE)),
                new Rejection(priceAgain, Set.of(ReasonCode.INVALID_PRICE)),
                new Rejection(malformed, Set.of(ReasonCode.MALFORMED_RECORD)));
    }

    @Test
    void the_first_occurrence_in_reading_order_wins_within_the_window_and_the_store_catches_repeats_beyond_it() {
        BatchPartitions windowOfThree = new BatchPartitions(KEY, store.writers(), quarantine.writers(), 3);
        RawEvent first = aRawEvent().withEventId("x").withProductName("first").from("a.csv", 1).build();
        RawEvent repeat = aRawEvent().withEventId("x").withProductName("repeat").from("a.csv", 3).build();
        RawEvent farRepeat = aRawEvent().withEventId("x").withProductName("far").from("b.csv", 3).build();

        BatchTally tally = ingest(windowOfThree, 0, List.of(
                InMemorySourceUnit.of("a.csv", LANDED_A, first, event("y", "a.csv", 2), repeat),
                InMemorySourceUnit.of("b.csv", LANDED_B, event("z", "b.csv", 1), event("w", "b.csv", 2), farRepeat)));

        assertThat(tally.units()).containsExactly(new UnitTally(new LandedFile("a.csv"), LANDED_A, 3, 2, 1, 0),
                new UnitTally(new LandedFile("b.csv"), LANDED_B, 3, 2, 1, 0));
        assertThat(store.events()).extracting(Event::eventId).containsExactly("x", "y", "z", "w");
        assertThat(store.events().get(0).productName()).isEqualTo("first");
    }

    @Test
    void the_columns_a_unit_did_not_read_are_counted_once_per_unit() {
        BatchTally tally = ingest(0,
                new InMemorySourceUnit(new LandedFile("a.csv"), LANDED_A, List.of(event("e1", "a.csv", 1)),
                        List.of("session_id", "session_id")),
                new InMemorySourceUnit(new LandedFile("b.csv"), LANDED_B, List.of(), List.of("session_id", "ip")));

        assertThat(tally.ignoredColumns()).isEqualTo(Map.of("session_id", 2L, "ip", 1L));
    }

    @Test
    void a_partition_closed_without_its_commit_stores_and_quarantines_nothing() {
        // As when its reader fails halfway through a unit: the executor's task closes the partition and fails.
        try (PartitionIngest partition = partitions.open(0)) {
            InMemorySourceUnit.of("a.csv", LANDED_A, event("e1", "a.csv", 1),
                    aRawEvent().withEventId("e2").withPrice("x").from("a.csv", 2).build()).readInto(partition);
            partition.startUnit(new LandedFile("gone.csv"), LANDED_B);
            partition.accept(event("e9", "gone.csv", 1));
        }

        assertThat(store.events()).isEmpty();
        assertThat(store.storedUnits(KEY)).isEmpty();
        assertThat(quarantine.rejections()).isEmpty();
    }

    @Test
    void records_belong_to_a_started_unit_and_a_unit_ends_before_the_next_or_the_commit() {
        try (PartitionIngest partition = partitions.open(0)) {
            assertThatThrownBy(() -> partition.accept(event("e1", "a.csv", 1)))
                    .isInstanceOf(IllegalStateException.class);
            partition.startUnit(new LandedFile("a.csv"), LANDED_A);
            assertThatThrownBy(() -> partition.startUnit(new LandedFile("b.csv"), LANDED_B))
                    .hasMessage("unit a.csv was not ended before b.csv");
            assertThatThrownBy(partition::commit).hasMessage("unit a.csv was not ended before the commit");
        }
    }

    @Test
    void ingesting_a_partition_again_stores_nothing_twice_and_tallies_as_the_first_time() {
        List<BatchTally> attempts = new ArrayList<>();
        InMemorySourceUnit unit = InMemorySourceUnit.of("a.csv", LANDED_A, event("e1", "a.csv", 1),
                aRawEvent().withEventId("e2").withCategory(null).from("a.csv", 2).build());
        for (int attempt = 0; attempt < 2; attempt++) {
            attempts.add(ingest(3, unit));
        }

        assertThat(attempts.get(1)).usingRecursiveComparison().ignoringFields("timings").isEqualTo(attempts.get(0));
        assertThat(store.events()).hasSize(1);
        assertThat(quarantine.rejections()).hasSize(1);
    }

    @Test
    void an_empty_partition_gives_an_empty_tally() {
        assertThat(ingest(1)).usingRecursiveComparison().ignoringFields("timings").isEqualTo(BatchTally.empty());
    }

    private BatchTally ingest(int partitionId, InMemorySourceUnit... units) {
        return ingest(partitions, partitionId, List.of(units));
    }

    /** Runs one partition as a driving adapter does: open, read each unit into it, commit. */
    private static BatchTally ingest(PartitionIngestFactory factory, int partitionId, List<InMemorySourceUnit> units) {
        try (PartitionIngest partition = factory.open(partitionId)) {
            units.forEach(unit -> unit.readInto(partition));
            return partition.commit();
        }
    }

    private static RawEvent event(String id, String file, long line) {
        return aRawEvent().withEventId(id).from(file, line).build();
    }
}
