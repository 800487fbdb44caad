package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.LandedFile;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every {@link MetricsLog} promises its reader, run against the in-memory fake and each real log. */
public abstract class MetricsLogContract {

    private static final Instant STARTED = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant COMMITTED = STARTED.plusMillis(500);

    /** The log under test, empty when the test starts. */
    protected abstract MetricsLog log();

    /** Every batch recorded so far, in recording order, as a reader of the log gets them back. */
    protected abstract List<ShownBatch> recorded();

    /**
     * What a reader of this log learns of {@code batch}: all of it, unless the log by design shows less, which its test
     * says here by leaving that part out. Override only to leave out, never to change.
     */
    protected ShownBatch shown(RecordedBatch batch) {
        return ShownBatch.of(batch);
    }

    /**
     * What a reader of the log learns of a batch: which one (stream and batch id), what became of its records, whether
     * it was replayed. A part the log does not show is empty.
     */
    public record ShownBatch(Optional<String> streamId, OptionalLong batchId, BatchOutcome outcome, boolean replay) {

        public static ShownBatch of(RecordedBatch batch) {
            return of(batch.key(), batch.outcome(), batch.replay());
        }

        public static ShownBatch of(BatchKey key, BatchOutcome outcome, boolean replay) {
            return new ShownBatch(Optional.of(key.streamId()), OptionalLong.of(key.batchId()), outcome, replay);
        }

        /** As a log shows it that serves one stream and does not name it. */
        public ShownBatch withoutStream() {
            return new ShownBatch(Optional.empty(), batchId, outcome, replay);
        }

        /** As a log shows it that adds batches up rather than listing them. */
        public ShownBatch withoutBatchId() {
            return new ShownBatch(streamId, OptionalLong.empty(), outcome, replay);
        }

        /** As a log shows it that counts the quarantined records but not their reasons. */
        public ShownBatch withoutReasons() {
            return new ShownBatch(streamId, batchId, new BatchOutcome(outcome.recordsIn(), outcome.stored(),
                    outcome.duplicates(), outcome.quarantined(), Map.of()), replay);
        }

        /** As a log shows a replay that counted its records when they were committed and adds nothing now. */
        public ShownBatch withoutCounts() {
            return new ShownBatch(streamId, batchId, BatchOutcome.empty(), replay);
        }
    }

    @Test
    void every_batch_is_there_in_the_order_recorded_with_its_key_and_counts() {
        RecordedBatch later = ingested(new BatchKey("s-1", 2), new UnitTally(new LandedFile("file:/in/c.csv"),
                STARTED, 3, 3, 0, 0));
        RecordedBatch earlier = ingested(new BatchKey("s-1", 1), new UnitTally(new LandedFile("file:/in/a.csv"),
                STARTED, 10, 6, 1, 3),
                Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L));
        RecordedBatch otherStream = ingested(new BatchKey("s-2", 1),
                new UnitTally(new LandedFile("file:/in/b.csv"), STARTED, 2, 0, 2, 0));

        log().record(later);
        log().record(earlier);
        log().record(otherStream);

        assertThat(recorded()).containsExactly(shown(later), shown(earlier), shown(otherStream));
    }

    @Test
    void a_replay_is_recorded_as_a_replay_with_the_counts_recorded_before() {
        RecordedBatch original = ingested(new BatchKey("s-1", 7), new UnitTally(new LandedFile("file:/in/a.csv"),
                STARTED, 4, 3, 1, 0));
        RecordedBatch replay = new RecordedBatch(original.key(), original.outcome(), true, BatchTally.empty(),
                COMMITTED.plusSeconds(60), COMMITTED.plusSeconds(60), Duration.ZERO, Duration.ZERO);

        log().record(original);
        log().record(replay);

        assertThat(recorded()).containsExactly(shown(original), shown(replay));
    }

    @Test
    void a_batch_without_files_is_recorded_too() {
        RecordedBatch empty = new RecordedBatch(new BatchKey("s-1", 0), BatchOutcome.empty(), false, BatchTally.empty(),
                STARTED, STARTED, Duration.ZERO, Duration.ZERO);

        log().record(empty);

        assertThat(recorded()).containsExactly(shown(empty));
    }

    private static RecordedBatch ingested(BatchKey key, UnitTally file) {
        return ingested(key, file, Map.of());
    }

    private static RecordedBatch ingested(BatchKey key, UnitTally file, Map<ReasonCode, Long> reasons) {
        BatchTally tally = BatchTally.ofUnits(List.of(file), reasons, StageTimings.NONE);
        return new RecordedBatch(key, tally.outcome(), false, tally, STARTED, COMMITTED, Duration.ofMillis(400),
                Duration.ofMillis(100));
    }
}
