package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import java.time.Instant;
import dev.ingest.domain.batch.OffsetRange;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The driver's committer (in Spark's DataSource V2 and Flink's sink vocabulary): a batch's partitions store their
 * units themselves through the writers of a {@link PartitionWriterFactory}, each returning its tally as its commit
 * message; the committer records the batch once all of them have, idempotently per batch, and remembers what was
 * committed.
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

    /**
     * The files that a batch of the stream stored, whether the batch is recorded in the ledger yet or not, and that the
     * stream has not {@link #releaseFiles released} since: as far as it knows, still in its landing folder. Offset
     * ranges are no files.
     */
    Set<String> heldFiles(String streamId);

    /**
     * Marks the stream's stored files of these names released: they left the landing folder, so a file landing later
     * under the same name is new. Names it does not hold are ignored.
     */
    void releaseFiles(String streamId, Collection<String> sourceFiles);

    /**
     * The offset ranges of these topics that any stream's batches stored, ordered by topic, partition and offset;
     * those of {@code firstBatch}'s stream from that batch on are left out, since a replayed batch finds its own
     * ranges as it finds its files.
     */
    List<OffsetRange> storedRanges(Collection<String> topics, BatchKey firstBatch);
}
