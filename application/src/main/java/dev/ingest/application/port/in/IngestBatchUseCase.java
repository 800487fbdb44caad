package dev.ingest.application.port.in;

import dev.ingest.application.port.out.IngestedBatch;

/**
 * Ingests one micro-batch exactly once: every record ends stored, duplicate or quarantined, and a replayed batch
 * changes nothing.
 */
public interface IngestBatchUseCase {

    IngestedBatch ingest(IngestBatchCommand command);
}
