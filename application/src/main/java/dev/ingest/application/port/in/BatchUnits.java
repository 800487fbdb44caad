package dev.ingest.application.port.in;

import dev.ingest.application.port.out.BatchTally;

/**
 * The driving adapter's handle on a batch's source units. It runs the partition use case over each partition of units
 * where they live (Spark executors, say) and returns the merged tallies, so no batch is ever collected in one place.
 */
public interface BatchUnits {

    BatchTally ingest(IngestPartitionUseCase partitions);
}
