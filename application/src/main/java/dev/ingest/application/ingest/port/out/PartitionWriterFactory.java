package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.BatchKey;
import java.io.Serializable;

/**
 * The writer factory: where the executors store a batch's valid events, each partition on its own; serializable
 * because it is shipped to every executor, which opens one writer per partition.
 */
public interface PartitionWriterFactory extends Serializable {

    PartitionWriter open(BatchKey key, int partitionId);
}
