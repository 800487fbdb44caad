package dev.ingest.application.usecase;

import dev.ingest.application.port.in.IngestBatchCommand;
import dev.ingest.application.port.in.IngestBatchUseCase;
import dev.ingest.application.port.out.IngestedBatch;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.EventStaging;
import dev.ingest.application.port.out.EventStore;
import dev.ingest.application.port.out.MetricsLog;
import dev.ingest.application.port.out.Quarantine;
import dev.ingest.application.port.out.StagedEventsMissingException;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Ingests a batch in three steps: clear what an unfinished attempt left, validate and stage on the executors, commit
 * on the driver in one transaction. A batch the store already committed is a replay and is left alone.
 */
public final class IngestBatchService implements IngestBatchUseCase {

    private static final int STAGING_ATTEMPTS = 3;

    private final EventStore store;
    private final EventStaging staging;
    private final Quarantine quarantine;
    private final MetricsLog metrics;
    private final Clock clock;

    public IngestBatchService(EventStore store, EventStaging staging, Quarantine quarantine, MetricsLog metrics,
            Clock clock) {
        this.store = store;
        this.staging = staging;
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
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(command, startedAt);
            } catch (StagedEventsMissingException lost) {
                // Nothing was committed; staging the whole batch again is safe and cures a crash-emptied staging.
                if (attempt == STAGING_ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    private IngestedBatch attempt(IngestBatchCommand command, Instant startedAt) {
        BatchKey key = command.key();
        store.discardStaged(key);
        quarantine.discard(key);
        BatchTally tally = command.records().process(new ValidatingPartitionProcessor(key, staging, quarantine.sink()));
        Instant staged = clock.instant();
        BatchOutcome outcome = store.commit(key, tally, startedAt);
        Instant committedAt = clock.instant();
        return new IngestedBatch(key, outcome, false, tally, startedAt, committedAt,
                Duration.between(startedAt, staged), Duration.between(staged, committedAt));
    }
}
