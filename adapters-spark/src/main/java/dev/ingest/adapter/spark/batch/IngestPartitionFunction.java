package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.csv.EventFileUnit;
import dev.ingest.adapter.spark.csv.ExtraColumns;
import dev.ingest.adapter.spark.source.LandingFolderSource;
import dev.ingest.application.ingest.port.in.IngestPartitionCommand;
import dev.ingest.application.ingest.port.in.IngestPartitionUseCase;
import dev.ingest.domain.batch.BatchTally;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Runs on an executor over one partition of a batch's landed files: each row becomes an {@link EventFileUnit}, opened
 * only when the use case reads it, and the partition's tally comes back as the only element. Holds nothing but the
 * serializable use case, the extra-columns choice and the Hadoop settings that reach the files.
 */
final class IngestPartitionFunction implements MapPartitionsFunction<Row, BatchTally> {

    private static final long serialVersionUID = 1L;

    private final IngestPartitionUseCase partitions;
    private final ExtraColumns extraColumns;
    private final Map<String, String> hadoopSettings;

    IngestPartitionFunction(IngestPartitionUseCase partitions, ExtraColumns extraColumns,
            Map<String, String> hadoopSettings) {
        this.partitions = partitions;
        this.extraColumns = extraColumns;
        this.hadoopSettings = Map.copyOf(hadoopSettings);
    }

    @Override
    public Iterator<BatchTally> call(Iterator<Row> files) {
        Iterator<EventFileUnit> units = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public EventFileUnit next() {
                Row file = files.next();
                return new EventFileUnit(file.getString(LandingFolderSource.PATH),
                        Instant.ofEpochMilli(file.getLong(LandingFolderSource.LANDED_AT_MILLIS)), extraColumns,
                        hadoopSettings);
            }
        };
        return List.of(partitions.ingest(new IngestPartitionCommand(TaskContext.getPartitionId(), units))).iterator();
    }
}
