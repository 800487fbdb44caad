package dev.ingest.adapter.spark.kafka;

import dev.ingest.adapter.spark.batch.EventSource;
import dev.ingest.adapter.spark.batch.SparkBatch;
import dev.ingest.application.ingest.port.in.FindStoredRangesCommand;
import dev.ingest.application.ingest.port.in.FindStoredRangesUseCase;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.IngestedBatch;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.StoredOffsets;
import dev.ingest.domain.batch.TopicPartitionKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Kafka topics as the stream's source, read by Spark's own connector ({@link KafkaMessages}); one Spark partition per
 * topic-partition's planned range, read on an executor ({@link MessageRanges}). On the driver, batch by batch: a batch's units are the ranges Spark planned less the offsets
 * any stream stored (so a stream started again without its checkpoint stores nothing twice), a hole before a planned
 * range is reported as a gap, and what a batch stored joins the stored offsets. The stored offsets are read once, at
 * the run's first batch, and kept up to date in memory after that.
 */
public final class KafkaEventSource implements EventSource {

    private final KafkaSourceSettings settings;
    private final FindStoredRangesUseCase storedRanges;
    private final MissedOffsets missedOffsets;
    private StoredOffsets stored;

    public KafkaEventSource(KafkaSourceSettings settings, FindStoredRangesUseCase storedRanges) {
        this(settings, storedRanges, new MissedOffsets(new KafkaLogOffsets(settings)));
    }

    KafkaEventSource(KafkaSourceSettings settings, FindStoredRangesUseCase storedRanges, MissedOffsets missedOffsets) {
        this.settings = settings;
        this.storedRanges = storedRanges;
        this.missedOffsets = missedOffsets;
    }

    @Override
    public Dataset<Row> stream(SparkSession spark) {
        return KafkaMessages.stream(spark, settings);
    }

    @Override
    public SparkBatch batch(Dataset<Row> batch, BatchKey key) {
        if (stored == null) {
            stored = load(key);
        }
        List<OffsetRange> planned = PlannedRanges.of(batch);
        long missed = missedOffsets.report(planned, stored);
        List<OffsetRange> units = planned.stream().flatMap(range -> stored.unstored(range).stream()).toList();
        return new SparkBatch(batch, new MessageRanges(settings.format(), byTopicPartition(planned),
                byTopicPartition(units)), missed);
    }

    /** Takes note of what the batch stored. */
    @Override
    public void recorded(IngestedBatch batch) {
        if (batch.replay()) {
            // Committed by an earlier run, whose ranges were left out at the first batch: read them now.
            stored = load(new BatchKey(batch.key().streamId(), batch.key().batchId() + 1));
            return;
        }
        batch.tally().units().stream()
                .map(UnitTally::unitId)
                .flatMap(id -> OffsetRange.fromId(id).stream())
                .forEach(stored::add);
    }

    private StoredOffsets load(BatchKey firstBatch) {
        return StoredOffsets.of(storedRanges.find(new FindStoredRangesCommand(settings.topics(), firstBatch)));
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
