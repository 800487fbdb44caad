package dev.ingest.application.port.out;

import java.io.Serializable;

/**
 * Where the executors stage a batch's valid events before the driver commits them; serializable because it is
 * shipped to every executor, which opens one writer per partition.
 */
public interface EventStaging extends Serializable {

    /** Opens a writer for one partition; committing it replaces whatever an earlier attempt staged for that partition. */
    StagingWriter open(BatchKey key, int partitionId);
}
