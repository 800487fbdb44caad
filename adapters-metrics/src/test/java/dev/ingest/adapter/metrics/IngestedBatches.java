package dev.ingest.adapter.metrics;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.IngestedBatch;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Ingested batches with known numbers for the metrics tests. */
final class IngestedBatches {

    static final Instant STARTED = Instant.parse("2024-03-01T10:00:00Z");
    static final Instant COMMITTED = STARTED.plusMillis(500);

    private IngestedBatches() {
    }

    /**
     * Batch 7 of stream s-1: three files landed 900, 700 and 600 ms before the commit; 10 records in, 6 stored,
     * 1 duplicate, 3 quarantined; 400 ms processing and 100 ms commit.
     */
    static IngestedBatch committed() {
        Map<ReasonCode, Long> reasons = Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L);
        List<UnitTally> files = List.of(
                new UnitTally("file:/in/a.csv", COMMITTED.minusMillis(900), 4, 3, 0, 1),
                new UnitTally("file:/in/b.csv", COMMITTED.minusMillis(600), 3, 2, 1, 0),
                new UnitTally("file:/in/c.csv", COMMITTED.minusMillis(700), 3, 1, 0, 2));
        StageTimings timings = new StageTimings(Duration.ofMillis(120), Duration.ofMillis(30), Duration.ofMillis(210));
        BatchTally tally = BatchTally.ofUnits(files, reasons, timings)
                .withIgnoredColumns(Map.of("session_id", 2L, "tenant", 1L));
        return new IngestedBatch(new BatchKey("s-1", 7), tally.outcome(), false, tally,
                STARTED, COMMITTED, Duration.ofMillis(400), Duration.ofMillis(100));
    }

    /** Batch 7 again after a restart: already committed, nothing done. */
    static IngestedBatch replayed() {
        IngestedBatch original = committed();
        return new IngestedBatch(original.key(), original.outcome(), true, BatchTally.empty(), COMMITTED.plusSeconds(60),
                COMMITTED.plusSeconds(60), Duration.ZERO, Duration.ZERO);
    }
}
