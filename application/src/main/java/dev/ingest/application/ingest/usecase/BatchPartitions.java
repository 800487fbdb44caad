package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.application.ingest.port.in.PartitionIngestFactory;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.QuarantineWriterFactory;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.dedup.FirstOccurrences;
import java.util.Objects;

/**
 * The partitions of one begun batch: each opens the batch's writers for its number and drops its own repeats within a
 * window (the first in reading order wins). Serializable, so the driving adapter ships it to where records are read.
 */
final class BatchPartitions implements PartitionIngestFactory {

    private static final long serialVersionUID = 1L;

    /**
     * Event ids remembered for the partition's own repeats, a few tens of MB of heap at most however large the
     * partition; a repeat further back is the store's uniqueness to count.
     */
    static final int DEDUP_WINDOW = 250_000;

    private final BatchKey key;
    private final PartitionWriterFactory writers;
    private final QuarantineWriterFactory quarantine;
    private final int dedupWindow;

    BatchPartitions(BatchKey key, PartitionWriterFactory writers, QuarantineWriterFactory quarantine) {
        this(key, writers, quarantine, DEDUP_WINDOW);
    }

    /** A smaller window lets tests reach past it with a few records. */
    BatchPartitions(BatchKey key, PartitionWriterFactory writers, QuarantineWriterFactory quarantine, int dedupWindow) {
        this.key = Objects.requireNonNull(key, "key");
        this.writers = Objects.requireNonNull(writers, "writers");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.dedupWindow = dedupWindow;
    }

    @Override
    public PartitionIngest open(int partitionId) {
        if (partitionId < 0) {
            throw new IllegalArgumentException("a partition id is not negative, was " + partitionId);
        }
        long started = System.nanoTime();
        PartitionWriter store = writers.open(key, partitionId);
        try {
            QuarantineWriter rejected = quarantine.open(key, partitionId);
            return new PartitionIngestion(store, rejected, FirstOccurrences.within(dedupWindow), started);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
