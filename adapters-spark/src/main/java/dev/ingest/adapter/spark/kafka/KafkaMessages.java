package dev.ingest.adapter.spark.kafka;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;

/**
 * The topics' messages as a stream, read by Spark's own Kafka connector: per message its coordinates, its producer
 * time (from which latency counts) and its value; keys play no part. A batch has at least as many Spark partitions as
 * the session has cores ({@code minPartitions}).
 */
public final class KafkaMessages {

    static final int TOPIC = 0;
    static final int PARTITION = 1;
    static final int OFFSET = 2;
    static final int TIMESTAMP_MILLIS = 3;
    static final int VALUE = 4;

    /**
     * The consumer's wait for a fetch that finds no new data (Kafka's default is 500 ms). The executors' pooled
     * consumers prefetch past a batch's end, at the log's end, and the next batch's read waits that fetch out first:
     * measured at 1,000 events/s, a partition's read took 128 ms a batch with 50 ms here and 39 ms with 5 ms. An idle
     * pooled consumer polls no more, so a short wait costs no busy loop. A user's {@code fetch.max.wait.ms} wins.
     */
    static final String FETCH_MAX_WAIT_MS = "5";

    private KafkaMessages() {
    }

    public static Dataset<Row> stream(SparkSession spark, KafkaSourceSettings settings) {
        DataStreamReader reader = spark.readStream()
                .format("kafka")
                .option("kafka.bootstrap.servers", settings.bootstrapServers())
                .option("subscribe", String.join(",", settings.topics()))
                .option("startingOffsets", settings.startingOffsets().name().toLowerCase(Locale.ROOT))
                .option("failOnDataLoss", settings.failOnDataLoss())
                .option("kafka.fetch.max.wait.ms", FETCH_MAX_WAIT_MS)
                // At least a task per core: a topic with fewer partitions than cores has each batch's range of a
                // partition cut into sub-ranges, read by several tasks, each stored as a unit of its own.
                .option("minPartitions", spark.sparkContext().defaultParallelism());
        if (settings.maxOffsetsPerTrigger().isPresent()) {
            reader = reader.option("maxOffsetsPerTrigger", settings.maxOffsetsPerTrigger().getAsLong());
        }
        for (var option : settings.consumerOptions().entrySet()) {
            reader = reader.option("kafka." + option.getKey(), option.getValue());
        }
        return reader.load().selectExpr("topic", "partition", "offset", "unix_millis(timestamp)", "value");
    }
}
