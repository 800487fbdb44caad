package dev.ingest.adapter.spark.kafka;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;

/**
 * The topics' messages as a stream, read by Spark's own Kafka connector: per message its coordinates, its producer
 * time (from which latency counts) and its value; keys play no part.
 */
public final class KafkaMessages {

    static final int TOPIC = 0;
    static final int PARTITION = 1;
    static final int OFFSET = 2;
    static final int TIMESTAMP_MILLIS = 3;
    static final int VALUE = 4;

    private KafkaMessages() {
    }

    public static Dataset<Row> stream(SparkSession spark, KafkaSourceSettings settings) {
        DataStreamReader reader = spark.readStream()
                .format("kafka")
                .option("kafka.bootstrap.servers", settings.bootstrapServers())
                .option("subscribe", String.join(",", settings.topics()))
                .option("startingOffsets", settings.startingOffsets().name().toLowerCase(Locale.ROOT))
                .option("failOnDataLoss", settings.failOnDataLoss());
        if (settings.maxOffsetsPerTrigger().isPresent()) {
            reader = reader.option("maxOffsetsPerTrigger", settings.maxOffsetsPerTrigger().getAsLong());
        }
        for (var option : settings.consumerOptions().entrySet()) {
            reader = reader.option("kafka." + option.getKey(), option.getValue());
        }
        return reader.load().selectExpr("topic", "partition", "offset", "unix_millis(timestamp)", "value");
    }
}
