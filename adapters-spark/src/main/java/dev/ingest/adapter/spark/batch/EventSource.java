package dev.ingest.adapter.spark.batch;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.RecordedBatch;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Where the stream's events come from, on the driver: the landing folder or Kafka topics. */
public interface EventSource extends AutoCloseable {

    /** The source as Spark's stream of rows, one a landed file or one a message, for the stream of this id. */
    Dataset<Row> stream(SparkSession spark, String streamId);

    /** A begun batch's rows laid out for the executors. */
    SparkBatch batch(Dataset<Row> rows, BatchKey key);

    /** Takes note of a batch recorded, this time or by an earlier attempt. */
    default void recorded(RecordedBatch batch) {
    }

    /** The stream has stopped. */
    @Override
    default void close() {
    }
}
