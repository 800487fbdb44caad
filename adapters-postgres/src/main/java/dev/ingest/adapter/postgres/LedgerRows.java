package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;

import dev.ingest.adapter.postgres.jooq.tables.records.IngestionBatchesRecord;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Reads and writes rows of the ingestion ledger ({@code ingestion_batches}). */
final class LedgerRows {

    private LedgerRows() {
    }

    static Condition key(BatchKey key) {
        return INGESTION_BATCHES.STREAM_ID.eq(key.streamId()).and(INGESTION_BATCHES.BATCH_ID.eq(key.batchId()));
    }

    static Optional<BatchOutcome> outcome(DSLContext dsl, BatchKey key) {
        return dsl.selectFrom(INGESTION_BATCHES).where(key(key)).fetchOptional().map(LedgerRows::outcome);
    }

    /** Records the batch unless another commit recorded it first; answers whether this call recorded it. */
    static boolean record(DSLContext dsl, BatchKey key, BatchOutcome outcome, Instant startedAt, Instant committedAt) {
        return dsl.insertInto(INGESTION_BATCHES)
                .set(INGESTION_BATCHES.STREAM_ID, key.streamId())
                .set(INGESTION_BATCHES.BATCH_ID, key.batchId())
                .set(INGESTION_BATCHES.RECORDS_IN, outcome.recordsIn())
                .set(INGESTION_BATCHES.STORED, outcome.stored())
                .set(INGESTION_BATCHES.DUPLICATES, outcome.duplicates())
                .set(INGESTION_BATCHES.QUARANTINED, outcome.quarantined())
                .set(INGESTION_BATCHES.QUARANTINED_BY_REASON, ReasonCounts.format(outcome.quarantinedByReason()))
                .set(INGESTION_BATCHES.STARTED_AT, startedAt.atOffset(ZoneOffset.UTC))
                .set(INGESTION_BATCHES.COMMITTED_AT, committedAt.atOffset(ZoneOffset.UTC))
                .onConflict(INGESTION_BATCHES.STREAM_ID, INGESTION_BATCHES.BATCH_ID)
                .doNothing()
                .execute() == 1;
    }

    static LedgerEntry entry(IngestionBatchesRecord row) {
        return new LedgerEntry(new BatchKey(row.getStreamId(), row.getBatchId()), outcome(row),
                row.getStartedAt().toInstant(), row.getCommittedAt().toInstant());
    }

    private static BatchOutcome outcome(IngestionBatchesRecord row) {
        return new BatchOutcome(row.getRecordsIn(), row.getStored(), row.getDuplicates(), row.getQuarantined(),
                ReasonCounts.parse(row.getQuarantinedByReason()));
    }
}
