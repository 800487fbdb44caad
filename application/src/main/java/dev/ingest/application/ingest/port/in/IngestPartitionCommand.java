package dev.ingest.application.ingest.port.in;

import java.util.Iterator;
import java.util.Objects;

/**
 * Which partition of the batch, and its units, taken one after the other as the iterator gives them.
 *
 * @param partitionId the partition's number within the batch, the same in every attempt at it
 */
public record IngestPartitionCommand(int partitionId, Iterator<? extends SourceUnit> units) {

    public IngestPartitionCommand {
        if (partitionId < 0) {
            throw new IllegalArgumentException("a partition id is not negative, was " + partitionId);
        }
        Objects.requireNonNull(units, "units");
    }
}
