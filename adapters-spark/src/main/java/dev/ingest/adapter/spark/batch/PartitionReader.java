package dev.ingest.adapter.spark.batch;

import dev.ingest.application.ingest.port.in.PartitionIngest;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Row;

/**
 * Reads one Spark partition's rows of a batch (landed files, or Kafka messages) into the partition's ingest, unit by
 * unit, in reading order. Serializable: it runs on the executors.
 */
public interface PartitionReader extends Serializable {

    void read(Iterator<Row> rows, PartitionIngest partition);
}
