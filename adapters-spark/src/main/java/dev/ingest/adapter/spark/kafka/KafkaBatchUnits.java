package dev.ingest.adapter.spark.kafka;

import dev.ingest.application.ingest.port.in.BatchUnits;
import dev.ingest.application.ingest.port.in.IngestPartitionUseCase;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.TopicPartitionKey;
import dev.ingest.domain.event.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * One micro-batch of Kafka messages: each Spark partition (one topic-partition's planned range, as the connector
 * plans it) is ingested on an executor, and only its tally comes back.
 */
public final class KafkaBatchUnits implements BatchUnits {

    private final Dataset<Row> messages;
    private final MessageFormat format;
    private final Map<TopicPartitionKey, List<OffsetRange>> planned;
    private final Map<TopicPartitionKey, List<OffsetRange>> units;
    private final long missedOffsets;

    /**
     * @param planned       the batch's planned ranges
     * @param units         the parts of them to read: what no batch stored before
     * @param missedOffsets the offsets before the planned ranges that no batch read (gaps), for the batch's tally
     */
    KafkaBatchUnits(Dataset<Row> messages, MessageFormat format, List<OffsetRange> planned, List<OffsetRange> units,
            long missedOffsets) {
        this.messages = messages;
        this.format = format;
        this.planned = byTopicPartition(planned);
        this.units = byTopicPartition(units);
        this.missedOffsets = missedOffsets;
    }

    @Override
    public BatchTally ingest(IngestPartitionUseCase partition) {
        return messages
                .mapPartitions(new KafkaPartitionFunction(partition, format, planned, units),
                        Encoders.javaSerialization(BatchTally.class))
                .collectAsList()
                .stream()
                .reduce(BatchTally.empty(), BatchTally::plus)
                .withMissedOffsets(missedOffsets);
    }

    private static Map<TopicPartitionKey, List<OffsetRange>> byTopicPartition(List<OffsetRange> ranges) {
        Map<TopicPartitionKey, List<OffsetRange>> byKey = new LinkedHashMap<>();
        for (OffsetRange range : ranges) {
            byKey.computeIfAbsent(range.topicPartition(), k -> new ArrayList<>()).add(range);
        }
        byKey.replaceAll((key, list) -> List.copyOf(list));
        return byKey;
    }
}
