package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.BatchTally;

/**
 * The driving adapter's handle on a batch's source units. It runs the partition use case over each partition of units
 * where they live (Spark executors, say) and returns the merged tallies, so no batch is ever collected in one place.
 */
public interface BatchUnits {

    BatchTally ingest(IngestPartitionUseCase partitions);
}
