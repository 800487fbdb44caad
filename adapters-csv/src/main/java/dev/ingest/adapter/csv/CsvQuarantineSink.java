package dev.ingest.adapter.csv;

import dev.ingest.application.ingest.port.out.QuarantineSink;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.batch.BatchKey;
import java.nio.file.Path;

/**
 * Opens one quarantine file writer per batch partition on an executor. Holds only the error folder's path, as text,
 * so it serializes to any executor that sees the same file system.
 */
public record CsvQuarantineSink(String errorDirectory) implements QuarantineSink {

    @Override
    public QuarantineWriter open(BatchKey key, int partitionId) {
        return new CsvQuarantineWriter(QuarantineLayout.partFile(Path.of(errorDirectory), key, partitionId));
    }
}
