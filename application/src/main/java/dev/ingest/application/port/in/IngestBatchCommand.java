package dev.ingest.application.port.in;

import dev.ingest.application.port.out.BatchKey;
import java.util.Objects;

/** Which batch to ingest and a handle on its source units, which stay wherever the driving adapter keeps them. */
public record IngestBatchCommand(BatchKey key, BatchUnits units) {
    public IngestBatchCommand {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(units, "units");
    }
}
