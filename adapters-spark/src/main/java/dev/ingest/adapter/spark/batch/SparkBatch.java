package dev.ingest.adapter.spark.batch;

import dev.ingest.application.ingest.port.in.PartitionIngestFactory;
import dev.ingest.domain.batch.BatchTally;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * One micro-batch as its source laid it out for the executors: its rows in partitions, how a partition's rows are
 * read, and the offsets the source saw go unread before it (Kafka's gaps; none for files).
 */
public record SparkBatch(Dataset<Row> rows, PartitionReader reader, long missedOffsets) {

    /** Runs the begun batch's partitions on the executors; only their tallies come back, merged. */
    public BatchTally run(PartitionIngestFactory partitions) {
        return rows.mapPartitions(new IngestPartitionFunction(partitions, reader),
                        Encoders.javaSerialization(BatchTally.class))
                .collectAsList()
                .stream()
                .reduce(BatchTally.empty(), BatchTally::plus)
                .withMissedOffsets(missedOffsets);
    }
}
