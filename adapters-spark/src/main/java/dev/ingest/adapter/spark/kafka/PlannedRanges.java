package dev.ingest.adapter.spark.kafka;

import dev.ingest.domain.batch.OffsetRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.Dependency;
import org.apache.spark.Partition;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.execution.datasources.v2.DataSourceRDD;
import org.apache.spark.sql.execution.datasources.v2.DataSourceRDDPartition;
import org.apache.spark.sql.kafka010.KafkaBatchInputPartition;
import org.apache.spark.sql.kafka010.KafkaOffsetRange;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The offset ranges Spark planned for a micro-batch, as its offset log fixed them (the same in every attempt at the
 * batch), found in the batch's input partitions: each Kafka input partition carries its topic-partition's range.
 * Spark's {@code foreachBatch} hands over only the rows, so this is the one place that looks inside its plan.
 */
final class PlannedRanges {

    private PlannedRanges() {
    }

    /** The batch's non-empty ranges, ordered by topic, partition and offset. */
    static List<OffsetRange> of(Dataset<Row> batch) {
        List<OffsetRange> ranges = new ArrayList<>();
        if (!collect(batch.rdd(), ranges)) {
            throw new IllegalStateException("the batch's plan holds no Kafka input partitions: this Spark version "
                    + "plans Kafka batches differently from the one the stream was built for");
        }
        ranges.sort(Comparator.comparing(OffsetRange::topic).thenComparingInt(OffsetRange::partition)
                .thenComparingLong(OffsetRange::fromOffset));
        return ranges;
    }

    /** Whether a Kafka scan was found at or below this RDD. */
    private static boolean collect(RDD<?> rdd, List<OffsetRange> ranges) {
        if (rdd instanceof DataSourceRDD) {
            for (Partition partition : rdd.partitions()) {
                if (partition instanceof DataSourceRDDPartition source && source.inputPartition().isDefined()) {
                    add(source.inputPartition().get(), ranges);
                }
            }
            return true;
        }
        boolean found = false;
        for (Dependency<?> dependency : CollectionConverters.asJava(rdd.dependencies())) {
            found |= collect(dependency.rdd(), ranges);
        }
        return found;
    }

    private static void add(InputPartition input, List<OffsetRange> ranges) {
        if (input instanceof KafkaBatchInputPartition kafka) {
            KafkaOffsetRange range = kafka.offsetRange();
            if (range.untilOffset() > range.fromOffset()) {
                ranges.add(new OffsetRange(range.topic(), range.partition(), range.fromOffset(), range.untilOffset()));
            }
        }
    }
}
