package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.BatchKey;
import java.io.Serializable;

/**
 * Where the executors put rejected records; serializable because it is shipped to every executor, which opens one
 * writer per partition.
 */
public interface QuarantineWriterFactory extends Serializable {

    /** Opens a writer for one partition; committing it replaces whatever an earlier attempt wrote for that partition. */
    QuarantineWriter open(BatchKey key, int partitionId);
}
