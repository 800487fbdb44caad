package dev.ingest.adapter.spark.kafka;

import dev.ingest.application.ingest.port.in.BatchUnits;
import dev.ingest.application.ingest.port.in.FindStoredRangesCommand;
import dev.ingest.application.ingest.port.in.FindStoredRangesUseCase;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.FileTally;
import dev.ingest.domain.batch.IngestedBatch;
import dev.ingest.domain.batch.OffsetRange;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The driver's side of the Kafka source, batch by batch: a batch's units are the ranges Spark planned less the offsets
 * any stream stored (so a stream started again without its checkpoint stores nothing twice), a hole before a planned
 * range is reported as a gap, and what a batch stored joins the stored offsets. The stored offsets are read once, at
 * the run's first batch, and kept up to date in memory after that.
 */
public final class KafkaBatches {

    private final KafkaSourceSettings settings;
    private final FindStoredRangesUseCase storedRanges;
    private final OffsetGaps gaps;
    private StoredOffsets stored;

    public KafkaBatches(KafkaSourceSettings settings, FindStoredRangesUseCase storedRanges) {
        this(settings, storedRanges, new OffsetGaps(new KafkaLogOffsets(settings)));
    }

    KafkaBatches(KafkaSourceSettings settings, FindStoredRangesUseCase storedRanges, OffsetGaps gaps) {
        this.settings = settings;
        this.storedRanges = storedRanges;
        this.gaps = gaps;
    }

    /** The batch's units, ready for the ingest use case. */
    public BatchUnits units(Dataset<Row> batch, BatchKey key) {
        if (stored == null) {
            stored = load(key);
        }
        List<OffsetRange> planned = PlannedRanges.of(batch);
        long missed = gaps.report(planned, stored);
        List<OffsetRange> units = planned.stream().flatMap(range -> stored.unstored(range).stream()).toList();
        return new KafkaBatchUnits(batch, settings.format(), planned, units, missed);
    }

    /** Takes note of what the batch stored. */
    public void ingested(IngestedBatch batch) {
        if (batch.replay()) {
            // Committed by an earlier run, whose ranges were left out at the first batch: read them now.
            stored = load(new BatchKey(batch.key().streamId(), batch.key().batchId() + 1));
            return;
        }
        batch.tally().files().stream()
                .map(FileTally::path)
                .flatMap(id -> OffsetRange.fromId(id).stream())
                .forEach(stored::add);
    }

    private StoredOffsets load(BatchKey firstBatch) {
        return StoredOffsets.of(storedRanges.find(new FindStoredRangesCommand(settings.topics(), firstBatch)));
    }
}
