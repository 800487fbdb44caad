package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import java.time.Instant;
import java.util.Optional;

/**
 * The driver's committer (in Spark's DataSource V2 and Flink's sink vocabulary): a batch's partitions store their
 * units themselves through the writers of a {@link PartitionWriterFactory}, each returning its tally as its commit
 * message; the committer records the batch once all of them have, idempotently per batch, and remembers what was
 * committed. What the stored units are, for the sources, is the {@link UnitLedger}'s to say.
 */
public interface BatchCommitter {

    /** The outcome recorded when this batch was committed, or empty if it never was. */
    Optional<BatchOutcome> committed(BatchKey key);

    /**
     * Records the batch with its outcome, once every partition has stored its files. A batch recorded before is left
     * untouched and its recorded outcome returned.
     *
     * @param startedAt when the batch's processing began, for the ledger
     *
     * @throws IllegalStateException when the files stored for the batch do not add up to the tally's
     */
    BatchOutcome commit(BatchKey key, BatchTally tally, Instant startedAt);
}
