package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;

import dev.ingest.adapter.postgres.jooq.tables.records.IngestedFilesRecord;
import dev.ingest.application.verify.port.out.RecordedFile;
import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.OffsetRange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;

/**
 * Reads and writes the per-file rows ({@code ingested_files}): written by each partition's transaction for the files
 * it stored, read to skip files a batch already stored, to check a batch before it is recorded, and by verify.
 */
final class IngestedFileRows {

    private IngestedFileRows() {
    }

    /** Records files just stored for the batch; called inside the partition's transaction. */
    static void record(DSLContext dsl, BatchKey key, List<UnitTally> files) {
        if (files.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(INGESTED_FILES, INGESTED_FILES.STREAM_ID, INGESTED_FILES.BATCH_ID,
                INGESTED_FILES.SOURCE_FILE, INGESTED_FILES.LANDED_AT, INGESTED_FILES.RECORDS, INGESTED_FILES.STORED,
                INGESTED_FILES.DUPLICATES, INGESTED_FILES.QUARANTINED, INGESTED_FILES.SKIPPED);
        for (UnitTally file : files) {
            insert = insert.values(key.streamId(), key.batchId(), file.unitId(), file.landedAt().atOffset(ZoneOffset.UTC),
                    file.records(), file.stored(), file.duplicates(), file.quarantined(), file.skipped());
        }
        insert.execute();
    }

    /** The tallies of those of the paths that this batch has stored already, by path. */
    static Map<String, UnitTally> stored(DSLContext dsl, BatchKey key, Collection<String> paths) {
        return dsl.selectFrom(INGESTED_FILES)
                .where(batch(key).and(INGESTED_FILES.SOURCE_FILE.in(paths)))
                .fetch(IngestedFileRows::tally)
                .stream()
                .collect(Collectors.toMap(UnitTally::unitId, Function.identity()));
    }

    /**
     * The files the stream stored and has not released: the partial index of V13 holds exactly these rows, hence the
     * conditions written as its predicate is.
     */
    static Set<String> held(DSLContext dsl, String streamId) {
        return dsl.selectDistinct(INGESTED_FILES.SOURCE_FILE)
                .from(INGESTED_FILES)
                .where(INGESTED_FILES.STREAM_ID.eq(streamId))
                .and(INGESTED_FILES.RELEASED_AT.isNull())
                .and(INGESTED_FILES.SOURCE_FILE.notLike(OffsetRange.ID_PREFIX + "%"))
                .fetchSet(INGESTED_FILES.SOURCE_FILE);
    }

    /** Marks the stream's rows of these files released, those released before keeping their time. */
    static int release(DSLContext dsl, String streamId, Collection<String> paths, Instant at) {
        return dsl.update(INGESTED_FILES)
                .set(INGESTED_FILES.RELEASED_AT, at.atOffset(ZoneOffset.UTC))
                .where(INGESTED_FILES.STREAM_ID.eq(streamId))
                .and(INGESTED_FILES.SOURCE_FILE.in(paths))
                .and(INGESTED_FILES.RELEASED_AT.isNull())
                .execute();
    }

    /** How many files the batch stored and what became of their records, summed: files, records, stored, ... */
    static Record5<Integer, Long, Long, Long, Long> totals(DSLContext dsl, BatchKey key) {
        return dsl.select(DSL.count(),
                        DSL.coalesce(DSL.sum(INGESTED_FILES.RECORDS), DSL.inline(0)).cast(Long.class),
                        DSL.coalesce(DSL.sum(INGESTED_FILES.STORED), DSL.inline(0)).cast(Long.class),
                        DSL.coalesce(DSL.sum(INGESTED_FILES.DUPLICATES), DSL.inline(0)).cast(Long.class),
                        DSL.coalesce(DSL.sum(INGESTED_FILES.QUARANTINED), DSL.inline(0)).cast(Long.class))
                .from(INGESTED_FILES)
                .where(batch(key))
                .fetchOne();
    }

    /** The files of the stream's recorded batches; files of a batch not recorded yet are still in flight. */
    static List<RecordedFile> of(DSLContext dsl, String streamId) {
        return dsl.selectFrom(INGESTED_FILES)
                .where(INGESTED_FILES.STREAM_ID.eq(streamId))
                .andExists(DSL.selectOne().from(INGESTION_BATCHES)
                        .where(INGESTION_BATCHES.STREAM_ID.eq(INGESTED_FILES.STREAM_ID))
                        .and(INGESTION_BATCHES.BATCH_ID.eq(INGESTED_FILES.BATCH_ID)))
                .orderBy(INGESTED_FILES.BATCH_ID, INGESTED_FILES.SOURCE_FILE)
                .fetch(row -> new RecordedFile(row.getBatchId(), row.getSourceFile(), row.getRecords(),
                        row.getReleasedAt() != null));
    }

    private static Condition batch(BatchKey key) {
        return INGESTED_FILES.STREAM_ID.eq(key.streamId()).and(INGESTED_FILES.BATCH_ID.eq(key.batchId()));
    }

    private static UnitTally tally(IngestedFilesRecord row) {
        if (row.getStored() == null) {
            throw new IllegalStateException("file " + row.getSourceFile() + " of batch " + row.getBatchId()
                    + " was recorded before schema version 7 and has no counts");
        }
        return new UnitTally(SourceUnit.fromId(row.getSourceFile()), row.getLandedAt().toInstant(), row.getRecords(),
                row.getStored(), row.getDuplicates(), row.getQuarantined(), row.getSkipped());
    }
}
