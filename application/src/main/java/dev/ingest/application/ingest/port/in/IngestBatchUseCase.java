package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.IngestedBatch;

/**
 * Ingests one micro-batch exactly once: every record ends stored, duplicate or quarantined, and a replayed batch
 * changes nothing.
 */
public interface IngestBatchUseCase {

    IngestedBatch ingest(IngestBatchCommand command);
}
