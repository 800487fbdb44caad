package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_OFFSETS;

import dev.ingest.application.verify.port.out.RecordedRange;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.OffsetRange;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes the offset ranges the Kafka source stored ({@code ingested_offsets}), by topic-partition whatever
 * the stream: written by each partition's transaction next to the ranges' per-unit rows, read when a stream starts so
 * that it skips what any stream stored, and by verify.
 */
final class IngestedOffsetRows {

    private IngestedOffsetRows() {
    }

    /**
     * Records ranges just stored for the batch; called inside the partition's transaction, under the ranges'
     * topic-partition locks.
     *
     * @throws IllegalStateException when another stream or batch recorded one of the offsets meanwhile
     */
    static void record(DSLContext dsl, BatchKey key, List<OffsetRange> ranges) {
        if (ranges.isEmpty()) {
            return;
        }
        for (OffsetRange range : ranges) {
            var taken = dsl.selectFrom(INGESTED_OFFSETS).where(overlapping(range)).limit(1).fetchOne();
            if (taken != null) {
                throw new IllegalStateException("offsets " + range + " overlap " + new OffsetRange(taken.getTopic(),
                        taken.getKafkaPartition(), taken.getFromOffset(), taken.getUntilOffset())
                        + ", which stream " + taken.getStreamId() + " stored in batch " + taken.getBatchId()
                        + ": two streams read the same topic at once");
            }
        }
        var insert = dsl.insertInto(INGESTED_OFFSETS, INGESTED_OFFSETS.TOPIC, INGESTED_OFFSETS.KAFKA_PARTITION,
                INGESTED_OFFSETS.FROM_OFFSET, INGESTED_OFFSETS.UNTIL_OFFSET, INGESTED_OFFSETS.STREAM_ID,
                INGESTED_OFFSETS.BATCH_ID, INGESTED_OFFSETS.SOURCE_FILE);
        for (OffsetRange range : ranges) {
            insert = insert.values(range.topic(), range.partition(), range.fromOffset(), range.untilOffset(),
                    key.streamId(), key.batchId(), range.id());
        }
        insert.execute();
    }

    /**
     * The ranges recorded for the topics, in offset order, leaving out those of the stream's batches from
     * {@code firstBatch} on: a batch being replayed finds its own ranges by their per-unit rows instead.
     */
    static List<OffsetRange> recorded(DSLContext dsl, Collection<String> topics, BatchKey firstBatch) {
        return dsl.select(INGESTED_OFFSETS.TOPIC, INGESTED_OFFSETS.KAFKA_PARTITION, INGESTED_OFFSETS.FROM_OFFSET,
                        INGESTED_OFFSETS.UNTIL_OFFSET)
                .from(INGESTED_OFFSETS)
                .where(INGESTED_OFFSETS.TOPIC.in(topics))
                .andNot(INGESTED_OFFSETS.STREAM_ID.eq(firstBatch.streamId())
                        .and(INGESTED_OFFSETS.BATCH_ID.ge(firstBatch.batchId())))
                .orderBy(INGESTED_OFFSETS.TOPIC, INGESTED_OFFSETS.KAFKA_PARTITION, INGESTED_OFFSETS.FROM_OFFSET)
                .fetch(row -> new OffsetRange(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /** Every range of the topics that any stream stored, with its per-unit counts, by topic, partition and offset. */
    static List<RecordedRange> withCounts(DSLContext dsl, Collection<String> topics) {
        return dsl.select(INGESTED_OFFSETS.TOPIC, INGESTED_OFFSETS.KAFKA_PARTITION, INGESTED_OFFSETS.FROM_OFFSET,
                        INGESTED_OFFSETS.UNTIL_OFFSET, INGESTED_OFFSETS.STREAM_ID, INGESTED_OFFSETS.BATCH_ID,
                        INGESTED_FILES.RECORDS, INGESTED_FILES.STORED, INGESTED_FILES.DUPLICATES,
                        INGESTED_FILES.QUARANTINED, INGESTED_FILES.SKIPPED)
                .from(INGESTED_OFFSETS)
                .join(INGESTED_FILES).on(INGESTED_FILES.STREAM_ID.eq(INGESTED_OFFSETS.STREAM_ID)
                        .and(INGESTED_FILES.BATCH_ID.eq(INGESTED_OFFSETS.BATCH_ID))
                        .and(INGESTED_FILES.SOURCE_FILE.eq(INGESTED_OFFSETS.SOURCE_FILE)))
                .where(INGESTED_OFFSETS.TOPIC.in(topics))
                .orderBy(INGESTED_OFFSETS.TOPIC, INGESTED_OFFSETS.KAFKA_PARTITION, INGESTED_OFFSETS.FROM_OFFSET)
                .fetch(row -> new RecordedRange(new OffsetRange(row.value1(), row.value2(), row.value3(), row.value4()),
                        row.value5(), row.value6(), row.value7(), row.value8(), row.value9(), row.value10(),
                        row.value11()));
    }

    private static Condition overlapping(OffsetRange range) {
        return INGESTED_OFFSETS.TOPIC.eq(range.topic())
                .and(INGESTED_OFFSETS.KAFKA_PARTITION.eq(range.partition()))
                .and(INGESTED_OFFSETS.FROM_OFFSET.lt(range.untilOffset()))
                .and(INGESTED_OFFSETS.UNTIL_OFFSET.gt(range.fromOffset()));
    }
}
