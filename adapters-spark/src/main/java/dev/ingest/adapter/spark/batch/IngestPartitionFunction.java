package dev.ingest.adapter.spark.batch;

import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.application.ingest.port.in.PartitionIngestFactory;
import dev.ingest.domain.batch.BatchTally;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Runs on an executor over one partition of a batch: opens the partition's ingest, has the source's reader feed it
 * its rows, commits it, and hands back the partition's tally as the only element (a {@code DataWriter}'s commit
 * message). A failure closes the partition without a commit, which leaves nothing of it stored.
 */
final class IngestPartitionFunction implements MapPartitionsFunction<Row, BatchTally> {

    private static final long serialVersionUID = 1L;

    private final PartitionIngestFactory partitions;
    private final PartitionReader reader;

    IngestPartitionFunction(PartitionIngestFactory partitions, PartitionReader reader) {
        this.partitions = partitions;
        this.reader = reader;
    }

    @Override
    public Iterator<BatchTally> call(Iterator<Row> rows) {
        try (PartitionIngest partition = partitions.open(TaskContext.getPartitionId())) {
            reader.read(rows, partition);
            return List.of(partition.commit()).iterator();
        }
    }
}
