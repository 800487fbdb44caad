package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.BatchKey;
import java.util.Objects;

/** Which batch to ingest and a handle on its source units, which stay wherever the driving adapter keeps them. */
public record IngestBatchCommand(BatchKey key, BatchUnits units) {
    public IngestBatchCommand {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(units, "units");
    }
}
