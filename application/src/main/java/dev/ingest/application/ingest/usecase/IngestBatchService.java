package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.BatchStart;
import dev.ingest.application.ingest.port.in.IngestBatchUseCase;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.RecordedBatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Ingests a batch in three steps: the driver begins it, the executors validate each partition and store its units,
 * each partition in a transaction of its own ({@link BatchPartitions}), then the driver records the batch. A batch
 * recorded before is a replay and is left alone; one that an earlier attempt left half done is simply run again,
 * since partitions skip the units already stored.
 */
public final class IngestBatchService implements IngestBatchUseCase {

    private final BatchCommitter store;
    private final PartitionWriterFactory writers;
    private final Quarantine quarantine;
    private final MetricsLog metrics;
    private final Clock clock;

    public IngestBatchService(BatchCommitter store, PartitionWriterFactory writers, Quarantine quarantine, MetricsLog metrics,
            Clock clock) {
        this.store = store;
        this.writers = writers;
        this.quarantine = quarantine;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public BatchStart begin(BatchKey key) {
        Instant startedAt = clock.instant();
        Optional<BatchOutcome> earlier = store.committed(key);
        if (earlier.isPresent()) {
            RecordedBatch replay = new RecordedBatch(key, earlier.get(), true, BatchTally.empty(), startedAt,
                    startedAt, Duration.ZERO, Duration.ZERO);
            metrics.record(replay);
            return new BatchStart.Recorded(replay);
        }
        // Every partition writes its quarantine anew, units already stored included, so the batch's is whole again.
        quarantine.discard(key);
        return new BatchStart.Begun(key, startedAt, new BatchPartitions(key, writers, quarantine.writers()));
    }

    @Override
    public RecordedBatch commit(BatchStart.Begun batch, BatchTally tally) {
        Instant stored = clock.instant();
        BatchOutcome outcome = store.commit(batch.key(), tally, batch.startedAt());
        Instant committedAt = clock.instant();
        RecordedBatch result = new RecordedBatch(batch.key(), outcome, false, tally, batch.startedAt(), committedAt,
                Duration.between(batch.startedAt(), stored), Duration.between(stored, committedAt));
        metrics.record(result);
        return result;
    }
}
