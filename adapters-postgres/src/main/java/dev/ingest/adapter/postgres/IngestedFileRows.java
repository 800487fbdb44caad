package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;

import dev.ingest.adapter.postgres.jooq.tables.records.IngestedFilesRecord;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.IngestedFile;
import dev.ingest.application.port.out.SourceFileTally;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;

/** Reads and writes the per-file rows of committed batches ({@code ingested_files}). */
final class IngestedFileRows {

    private IngestedFileRows() {
    }

    /** Records the batch's input files; called inside the commit transaction, after the ledger row. */
    static void record(DSLContext dsl, BatchKey key, List<SourceFileTally> files) {
        if (files.isEmpty()) {
            return;
        }
        InsertValuesStep5<IngestedFilesRecord, String, Long, String, Long, java.time.OffsetDateTime> insert =
                dsl.insertInto(INGESTED_FILES, INGESTED_FILES.STREAM_ID, INGESTED_FILES.BATCH_ID,
                        INGESTED_FILES.SOURCE_FILE, INGESTED_FILES.RECORDS, INGESTED_FILES.LANDED_AT);
        for (SourceFileTally file : byPath(files).values()) {
            insert = insert.values(key.streamId(), key.batchId(), file.path(), file.records(),
                    file.landedAt().atOffset(ZoneOffset.UTC));
        }
        insert.execute();
    }

    static List<IngestedFile> of(DSLContext dsl, String streamId) {
        return dsl.selectFrom(INGESTED_FILES)
                .where(INGESTED_FILES.STREAM_ID.eq(streamId))
                .orderBy(INGESTED_FILES.BATCH_ID, INGESTED_FILES.SOURCE_FILE)
                .fetch(row -> new IngestedFile(row.getBatchId(), row.getSourceFile(), row.getRecords()));
    }

    /**
     * One tally per path: a file is one row of the batch and so one partition's, but a path seen twice must add up
     * rather than break the commit on the primary key, keeping the rows' sum equal to the batch's records in.
     */
    private static Map<String, SourceFileTally> byPath(List<SourceFileTally> files) {
        Map<String, SourceFileTally> byPath = new LinkedHashMap<>();
        for (SourceFileTally file : files) {
            byPath.merge(file.path(), file, (a, b) -> new SourceFileTally(a.path(),
                    a.landedAt().isBefore(b.landedAt()) ? a.landedAt() : b.landedAt(), a.records() + b.records()));
        }
        return byPath;
    }
}
