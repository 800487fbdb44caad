package dev.ingest.application.port.out;

import dev.ingest.domain.batch.BatchOutcome;
import java.time.Instant;
import java.util.Optional;

/** The stored events: commits each staged batch exactly once and remembers the batches it committed. */
public interface EventStore {

    /** The outcome recorded when this batch was committed, or empty if it never was. */
    Optional<BatchOutcome> committed(BatchKey key);

    /** Throws away whatever an earlier, unfinished attempt staged for this batch. */
    void discardStaged(BatchKey key);

    /**
     * In one transaction: moves the batch's staged events into the store, the first occurrence of each event id
     * winning and ids already stored counting as duplicates; records the batch with its counts; clears the staging.
     * A batch committed before is left untouched and its recorded outcome returned.
     *
     * @param startedAt when the batch's processing began, for the ledger
     *
     * @throws IllegalStateException when the staged events do not number {@code tally.staged()} (staging lost)
     */
    BatchOutcome commit(BatchKey key, BatchTally tally, Instant startedAt);
}
