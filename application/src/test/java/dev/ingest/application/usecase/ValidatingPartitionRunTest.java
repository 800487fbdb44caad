package dev.ingest.application.usecase;

import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.fake.InMemoryEventStore;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.application.port.in.PartitionRun;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.SourceFileTally;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.Rejection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatingPartitionRunTest {

    private static final BatchKey KEY = new BatchKey("stream-1", 4);
    private static final Instant LANDED_A = Instant.parse("2024-03-15T14:00:00Z");
    private static final Instant LANDED_B = Instant.parse("2024-03-15T14:00:05Z");

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final InMemoryQuarantine quarantine = new InMemoryQuarantine();
    private final ValidatingPartitionProcessor processor =
            new ValidatingPartitionProcessor(KEY, store.writers(), quarantine.sink());

    @Test
    void counts_the_records_of_each_file_and_keeps_when_it_landed() {
        BatchTally tally;
        try (PartitionRun run = processor.start(0)) {
            run.beginFile("a.csv", LANDED_A);
            run.accept(aRawEvent().withEventId("e1").from("a.csv", 1).build());
            run.accept(aRawEvent().withEventId("e2").from("a.csv", 2).build());
            run.beginFile("b.csv", LANDED_B);
            run.accept(aRawEvent().withEventId("e3").withPrice("x").from("b.csv", 1).build());
            tally = run.finish();
        }

        assertThat(tally.files()).containsExactly(new SourceFileTally("a.csv", LANDED_A, 2, 2, 0, 0),
                new SourceFileTally("b.csv", LANDED_B, 1, 0, 0, 1));
        assertThat(tally.outcome()).isEqualTo(new BatchOutcome(3, 2, 0, 1, Map.of(ReasonCode.INVALID_PRICE, 1L)));
        assertThat(store.events()).hasSize(2);
    }

    @Test
    void a_file_without_records_is_still_accounted_for() {
        BatchTally tally;
        try (PartitionRun run = processor.start(0)) {
            run.beginFile("header-only.csv", LANDED_A);
            tally = run.finish();
        }

        assertThat(tally.files()).containsExactly(new SourceFileTally("header-only.csv", LANDED_A, 0, 0, 0, 0));
        assertThat(tally.outcome()).isEqualTo(BatchOutcome.empty());
    }

    @Test
    void each_reason_is_counted_once_per_record_that_has_it() {
        RawEvent twoReasons = aRawEvent().withPrice("abc").withEventType("buy").from("a.csv", 1).build();
        RawEvent oneReason = aRawEvent().withPrice("-2").from("a.csv", 2).build();
        RawEvent priceAgain = aRawEvent().withPrice("1e5").from("a.csv", 3).build();
        UnreadableRecord malformed = new UnreadableRecord("a,b", ReasonCode.MALFORMED_RECORD, new Origin("a.csv", 4));
        BatchTally tally;
        try (PartitionRun run = processor.start(0)) {
            run.beginFile("a.csv", LANDED_A);
            List.of(twoReasons, oneReason, priceAgain, malformed).forEach(run::accept);
            tally = run.finish();
        }

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
    void a_record_before_any_file_is_a_programming_error() {
        try (PartitionRun run = processor.start(0)) {
            assertThatThrownBy(() -> run.accept(aRawEvent().build()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("beginFile");
        }
    }

    @Test
    void closing_without_finishing_abandons_the_partition() {
        try (PartitionRun run = processor.start(0)) {
            run.beginFile("a.csv", LANDED_A);
            run.accept(aRawEvent().withEventId("e1").from("a.csv", 1).build());
            run.accept(aRawEvent().withEventId("e2").withPrice("").from("a.csv", 2).build());
        }

        assertThat(store.events()).isEmpty();
        assertThat(store.storedFiles(KEY)).isEmpty();
        assertThat(quarantine.rejections()).isEmpty();
    }

    @Test
    void running_a_partition_again_stores_nothing_twice_and_tallies_as_the_first_time() {
        List<BatchTally> attempts = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PartitionRun run = processor.start(3)) {
                run.beginFile("a.csv", LANDED_A);
                run.accept(aRawEvent().withEventId("e1").from("a.csv", 1).build());
                run.accept(aRawEvent().withEventId("e2").withCategory(null).from("a.csv", 2).build());
                attempts.add(run.finish());
            }
        }

        assertThat(attempts.get(1)).usingRecursiveComparison().ignoringFields("timings").isEqualTo(attempts.get(0));
        assertThat(store.events()).hasSize(1);
        assertThat(quarantine.rejections()).hasSize(1);
    }

    @Test
    void an_empty_partition_finishes_with_an_empty_tally() {
        try (PartitionRun run = processor.start(0)) {
            assertThat(run.finish()).usingRecursiveComparison().ignoringFields("timings")
                    .isEqualTo(BatchTally.empty());
        }
    }
}
