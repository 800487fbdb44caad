package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.csv.ExtraColumns;
import dev.ingest.application.ingest.port.in.BatchUnits;
import dev.ingest.application.ingest.port.in.IngestPartitionUseCase;
import dev.ingest.domain.batch.BatchTally;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** One micro-batch of landed files; each partition is ingested on an executor and only its tally comes back. */
final class SparkBatchUnits implements BatchUnits {

    private final Dataset<Row> files;
    private final int partitions;
    private final ExtraColumns extraColumns;
    private final Map<String, String> hadoopSettings;

    /**
     * @param partitions     at most this many partitions (and so partition writers) per batch, e.g. the core count
     * @param hadoopSettings what the executors need to open the files, beyond their classpath's Hadoop settings
     */
    SparkBatchUnits(Dataset<Row> files, int partitions, ExtraColumns extraColumns, Map<String, String> hadoopSettings) {
        this.files = files;
        this.partitions = partitions;
        this.extraColumns = extraColumns;
        this.hadoopSettings = hadoopSettings;
    }

    @Override
    public BatchTally ingest(IngestPartitionUseCase partition) {
        // Each small file is its own partition by default; one task per core means fewer writers and connections.
        return files.coalesce(partitions)
                .mapPartitions(new IngestPartitionFunction(partition, extraColumns, hadoopSettings),
                        Encoders.javaSerialization(BatchTally.class))
                .collectAsList()
                .stream()
                .reduce(BatchTally.empty(), BatchTally::plus);
    }
}
