package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.FileTally;
import dev.ingest.domain.batch.IngestedBatch;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link MetricsLog} promises its reader, run against the in-memory fake and each real log. */
public abstract class MetricsLogContract {

    private static final Instant STARTED = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant COMMITTED = STARTED.plusMillis(500);

    /** The log under test, empty when the test starts. */
    protected abstract MetricsLog log();

    /** Every batch recorded so far, in recording order, as a reader of the log gets them back. */
    protected abstract List<RecordedBatch> recorded();

    /** What a reader of the log learns of a batch: which one, what became of its records, whether it was replayed. */
    public record RecordedBatch(BatchKey key, BatchOutcome outcome, boolean replay) {

        public static RecordedBatch of(IngestedBatch batch) {
            return new RecordedBatch(batch.key(), batch.outcome(), batch.replay());
        }
    }

    @Test
    void every_batch_is_there_in_the_order_recorded_with_its_key_and_counts() {
        IngestedBatch later = ingested(new BatchKey("s-1", 2), new FileTally("file:/in/c.csv", STARTED, 3, 3, 0, 0));
        IngestedBatch earlier = ingested(new BatchKey("s-1", 1), new FileTally("file:/in/a.csv", STARTED, 10, 6, 1, 3),
                Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L));
        IngestedBatch otherStream = ingested(new BatchKey("s-2", 1),
                new FileTally("file:/in/b.csv", STARTED, 2, 0, 2, 0));

        log().record(later);
        log().record(earlier);
        log().record(otherStream);

        assertThat(recorded()).containsExactly(RecordedBatch.of(later), RecordedBatch.of(earlier),
                RecordedBatch.of(otherStream));
    }

    @Test
    void a_replay_is_recorded_as_a_replay_with_the_counts_recorded_before() {
        IngestedBatch original = ingested(new BatchKey("s-1", 7), new FileTally("file:/in/a.csv", STARTED, 4, 3, 1, 0));
        IngestedBatch replay = new IngestedBatch(original.key(), original.outcome(), true, BatchTally.empty(),
                COMMITTED.plusSeconds(60), COMMITTED.plusSeconds(60), Duration.ZERO, Duration.ZERO);

        log().record(original);
        log().record(replay);

        assertThat(recorded()).containsExactly(new RecordedBatch(original.key(), original.outcome(), false),
                new RecordedBatch(original.key(), original.outcome(), true));
    }

    @Test
    void a_batch_without_files_is_recorded_too() {
        IngestedBatch empty = new IngestedBatch(new BatchKey("s-1", 0), BatchOutcome.empty(), false, BatchTally.empty(),
                STARTED, STARTED, Duration.ZERO, Duration.ZERO);

        log().record(empty);

        assertThat(recorded()).containsExactly(new RecordedBatch(new BatchKey("s-1", 0), BatchOutcome.empty(), false));
    }

    private static IngestedBatch ingested(BatchKey key, FileTally file) {
        return ingested(key, file, Map.of());
    }

    private static IngestedBatch ingested(BatchKey key, FileTally file, Map<ReasonCode, Long> reasons) {
        BatchTally tally = BatchTally.ofFiles(List.of(file), reasons, StageTimings.NONE);
        return new IngestedBatch(key, tally.outcome(), false, tally, STARTED, COMMITTED, Duration.ofMillis(400),
                Duration.ofMillis(100));
    }
}
