package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.IngestPartitionCommand;
import dev.ingest.application.ingest.port.in.IngestPartitionUseCase;
import dev.ingest.application.ingest.port.in.SourceUnit;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.QuarantineSink;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.dedup.FirstOccurrences;
import java.util.Iterator;
import java.util.Objects;

/**
 * Ingests one partition of a batch: reads its units one after the other, validates every record with the domain's
 * rules, drops the partition's own repeats within a window (the first in reading order wins), hands the valid events
 * to the partition's writer and the rest to its quarantine, then commits both and returns the tally with the time
 * each stage took. Runs wherever the units are read; the driving adapter only supplies them.
 */
public final class IngestPartitionService implements IngestPartitionUseCase {

    private static final long serialVersionUID = 1L;

    /**
     * Event ids remembered for the partition's own repeats, a few tens of MB of heap at most however large the
     * partition; a repeat further back is the store's uniqueness to count.
     */
    static final int DEDUP_WINDOW = 250_000;

    private final BatchKey key;
    private final PartitionWriterFactory writers;
    private final QuarantineSink quarantine;
    private final int dedupWindow;

    public IngestPartitionService(BatchKey key, PartitionWriterFactory writers, QuarantineSink quarantine) {
        this(key, writers, quarantine, DEDUP_WINDOW);
    }

    /** A smaller window lets tests reach past it with a few records. */
    IngestPartitionService(BatchKey key, PartitionWriterFactory writers, QuarantineSink quarantine, int dedupWindow) {
        this.key = Objects.requireNonNull(key, "key");
        this.writers = Objects.requireNonNull(writers, "writers");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.dedupWindow = dedupWindow;
    }

    @Override
    public BatchTally ingest(IngestPartitionCommand command) {
        long started = System.nanoTime();
        try (PartitionWriter store = writers.open(key, command.partitionId());
                QuarantineWriter rejected = quarantine.open(key, command.partitionId())) {
            PartitionIngestion partition = new PartitionIngestion(store, rejected, FirstOccurrences.within(dedupWindow));
            Iterator<? extends SourceUnit> units = command.units();
            while (units.hasNext()) {
                partition.read(units.next());
            }
            return partition.commit(started);
        }
    }
}
