package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.RecordedBatch;

/**
 * Ingests one micro-batch exactly once, in the shape of Spark's {@code BatchWrite}: {@link #begin} on the driver, the
 * partitions' work where their records are (the factory it hands back, run by the driving adapter), then
 * {@link #commit} with the partitions' tallies. Every record ends stored, duplicate or quarantined, and a replayed
 * batch changes nothing.
 */
public interface IngestBatchUseCase {

    /** A batch recorded before is a replay, with nothing to run; otherwise the partitions' work. */
    BatchStart begin(BatchKey key);

    /** Records the batch begun with the merged tallies of every partition of it. */
    RecordedBatch commit(BatchStart.Begun batch, BatchTally tally);
}
