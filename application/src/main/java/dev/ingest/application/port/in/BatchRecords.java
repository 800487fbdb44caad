package dev.ingest.application.port.in;

import dev.ingest.application.port.out.BatchTally;

/**
 * The driving adapter's handle on a batch's records. It runs the processor over each partition where the records
 * live (Spark executors, say) and returns the merged tallies, so no batch is ever collected in one place.
 */
public interface BatchRecords {

    BatchTally process(PartitionProcessor processor);
}
