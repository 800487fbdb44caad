package dev.ingest.application.ingest.port.in;

import java.io.Serializable;

/**
 * The work of a begun batch's partitions, shipped to where their records are read (Spark's executors), as Spark's
 * {@code DataWriterFactory} is.
 */
public interface PartitionIngestFactory extends Serializable {

    /**
     * Opens a partition; one opened again (a retried task) replaces its earlier attempt and stores nothing twice.
     *
     * @param partitionId the partition's number within the batch, the same in every attempt at it
     */
    PartitionIngest open(int partitionId);
}
