package dev.ingest.adapter.spark.kafka;

import dev.ingest.adapter.spark.batch.EventSource;
import dev.ingest.adapter.spark.batch.SparkBatch;
import dev.ingest.application.ingest.port.in.FindStoredRangesCommand;
import dev.ingest.application.ingest.port.in.FindStoredRangesUseCase;
import dev.ingest.application.ingest.port.out.LogStartOffsets;
import dev.ingest.application.ingest.port.out.MessageDecoderFactory;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.RecordedBatch;
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
    private final MessageDecoderFactory decoders;
    private final MissedOffsets missedOffsets;
    private StoredOffsets stored;

    /**
     * @param storedRanges tells the source which offsets of its topics any stream stored
     * @param decoders     decodes the messages on the executors
     * @param logStarts    where the topics' logs start, to count the offsets retention removed before a first read
     */
    public KafkaEventSource(KafkaSourceSettings settings, FindStoredRangesUseCase storedRanges,
            MessageDecoderFactory decoders, LogStartOffsets logStarts) {
        this.settings = settings;
        this.storedRanges = storedRanges;
        this.decoders = decoders;
        this.missedOffsets = new MissedOffsets(logStarts);
    }

    @Override
    public Dataset<Row> stream(SparkSession spark, String streamId) {
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
        return new SparkBatch(batch, new MessageRanges(decoders, byTopicPartition(planned),
                byTopicPartition(units)), missed);
    }

    /** Takes note of what the batch stored. */
    @Override
    public void recorded(RecordedBatch batch) {
        if (batch.replay()) {
            // Committed by an earlier run, whose ranges were left out at the first batch: read them now.
            stored = load(new BatchKey(batch.key().streamId(), batch.key().batchId() + 1));
            return;
        }
        for (UnitTally unit : batch.tally().units()) {
            if (unit.unit() instanceof OffsetRange range) {
                stored.add(range);
            }
        }
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
