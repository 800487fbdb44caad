package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.IngestBatchCommand;
import dev.ingest.application.ingest.port.in.IngestBatchUseCase;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.IngestedBatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Ingests a batch in two steps: the executors validate each partition and store its files, each partition in a
 * transaction of its own; then the driver records the batch. A batch recorded before is a replay and is left alone;
 * one that an earlier attempt left half done is simply run again, since partitions skip the files already stored.
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
    public IngestedBatch ingest(IngestBatchCommand command) {
        BatchKey key = command.key();
        Instant startedAt = clock.instant();
        Optional<BatchOutcome> earlier = store.committed(key);
        IngestedBatch result = earlier
                .map(outcome -> new IngestedBatch(key, outcome, true, BatchTally.empty(), startedAt, startedAt,
                        Duration.ZERO, Duration.ZERO))
                .orElseGet(() -> process(command, startedAt));
        metrics.record(result);
        return result;
    }

    private IngestedBatch process(IngestBatchCommand command, Instant startedAt) {
        BatchKey key = command.key();
        // Every partition writes its quarantine anew, files already stored included, so the batch's is whole again.
        quarantine.discard(key);
        BatchTally tally = command.units().ingest(new IngestPartitionService(key, writers, quarantine.sink()));
        Instant stored = clock.instant();
        BatchOutcome outcome = store.commit(key, tally, startedAt);
        Instant committedAt = clock.instant();
        return new IngestedBatch(key, outcome, false, tally, startedAt, committedAt,
                Duration.between(startedAt, stored), Duration.between(stored, committedAt));
    }
}
