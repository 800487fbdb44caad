package dev.ingest.adapter.metrics;

import dev.ingest.domain.batch.LandedFile;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Ingested batches with known numbers for the metrics tests. */
final class RecordedBatches {

    static final Instant STARTED = Instant.parse("2024-03-01T10:00:00Z");
    static final Instant COMMITTED = STARTED.plusMillis(500);

    private RecordedBatches() {
    }

    /**
     * Batch 7 of stream s-1: three files landed 900, 700 and 600 ms before the commit; 10 records in, 6 stored,
     * 1 duplicate, 3 quarantined; 400 ms processing and 100 ms commit.
     */
    static RecordedBatch committed() {
        Map<ReasonCode, Long> reasons = Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L);
        List<UnitTally> files = List.of(
                new UnitTally(new LandedFile("file:/in/a.csv"), COMMITTED.minusMillis(900), 4, 3, 0, 1),
                new UnitTally(new LandedFile("file:/in/b.csv"), COMMITTED.minusMillis(600), 3, 2, 1, 0),
                new UnitTally(new LandedFile("file:/in/c.csv"), COMMITTED.minusMillis(700), 3, 1, 0, 2));
        StageTimings timings = new StageTimings(Duration.ofMillis(120), Duration.ofMillis(30), Duration.ofMillis(210));
        BatchTally tally = BatchTally.ofUnits(files, reasons, timings)
                .withIgnoredColumns(Map.of("session_id", 2L, "tenant", 1L));
        return new RecordedBatch(new BatchKey("s-1", 7), tally.outcome(), false, tally,
                STARTED, COMMITTED, Duration.ofMillis(400), Duration.ofMillis(100));
    }

    /** Batch 7 again after a restart: already committed, nothing done. */
    static RecordedBatch replayed() {
        RecordedBatch original = committed();
        return new RecordedBatch(original.key(), original.outcome(), true, BatchTally.empty(),
                COMMITTED.plusSeconds(60),
                COMMITTED.plusSeconds(60), Duration.ZERO, Duration.ZERO);
    }
}
