package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.BatchTally;
import java.io.Serializable;

/**
 * Ingests one partition of a batch where its units are read (an executor): every record validated, the valid events
 * stored once, the rest quarantined, each unit tallied; serializable so that it can be shipped there.
 */
public interface IngestPartitionUseCase extends Serializable {

    /** A partition ingested again replaces its earlier attempt and stores nothing twice. */
    BatchTally ingest(IngestPartitionCommand command);
}
