package dev.ingest.adapter.csv;

import dev.ingest.application.ingest.port.out.QuarantineWriterFactory;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.batch.BatchKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.apache.hadoop.fs.Path;

/**
 * Opens one quarantine file writer per batch partition on an executor. Holds only the error folder's URI and the
 * Hadoop settings to reach it, so it serializes to any executor: each writes through Hadoop's {@code FileSystem}, and
 * none needs a disk it shares with the driver.
 *
 * @param hadoopSettings Hadoop settings over the executor's classpath ones, e.g. an object store's endpoint
 */
public record CsvQuarantineWriterFactory(URI errorDir, Map<String, String> hadoopSettings) implements QuarantineWriterFactory {

    public CsvQuarantineWriterFactory {
        hadoopSettings = Map.copyOf(hadoopSettings);
    }

    @Override
    public QuarantineWriter open(BatchKey key, int partitionId) {
        Path target = QuarantineLayout.partFile(new Path(errorDir), key, partitionId);
        try {
            return new CsvQuarantineWriter(HadoopStore.fileSystem(target, hadoopSettings), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the quarantine folder "
                    + HadoopStore.shown(target.getParent()) + ": " + e.getMessage(), e);
        }
    }
}
