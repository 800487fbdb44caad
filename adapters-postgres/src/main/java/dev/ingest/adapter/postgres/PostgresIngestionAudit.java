package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.verify.port.out.RecordedFile;
import dev.ingest.application.verify.port.out.RecordedRange;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ledger, the per-file rows and the size of {@code user_events}, read back for {@code ingest verify}. */
public final class PostgresIngestionAudit implements IngestionAudit {

    private final RetryingTransactions transactions;

    public PostgresIngestionAudit(DatabaseSettings settings) {
        this.transactions = new RetryingTransactions(settings);
    }

    @Override
    public Set<String> streamIds() {
        return transactions.inTransaction((connection, dsl) -> new LinkedHashSet<>(dsl
                .selectDistinct(INGESTION_BATCHES.STREAM_ID)
                .from(INGESTION_BATCHES)
                .orderBy(INGESTION_BATCHES.STREAM_ID)
                .fetch(INGESTION_BATCHES.STREAM_ID)));
    }

    @Override
    public List<LedgerEntry> batches(String streamId) {
        return transactions.inTransaction((connection, dsl) -> dsl.selectFrom(INGESTION_BATCHES)
                .where(INGESTION_BATCHES.STREAM_ID.eq(streamId))
                .orderBy(INGESTION_BATCHES.BATCH_ID)
                .fetch(LedgerRows::entry));
    }

    @Override
    public List<RecordedFile> files(String streamId) {
        return transactions.inTransaction((connection, dsl) -> IngestedFileRows.of(dsl, streamId));
    }

    @Override
    public List<RecordedRange> ranges(Collection<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction((connection, dsl) -> IngestedOffsetRows.withCounts(dsl, topics));
    }

    @Override
    public long storedEvents() {
        return transactions.inTransaction((connection, dsl) -> (long) dsl.fetchCount(USER_EVENTS));
    }
}
