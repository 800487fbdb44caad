package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.port.out.BatchLedger;
import dev.ingest.application.port.out.LedgerEntry;
import java.util.List;

/** The batch ledger as the {@code ingestion_batches} table, which {@link PostgresBatchCommitter} writes in each commit. */
public final class PostgresBatchLedger implements BatchLedger {

    private final RetryingTransactions transactions;

    public PostgresBatchLedger(DatabaseSettings settings) {
        this.transactions = new RetryingTransactions(settings);
    }

    @Override
    public List<LedgerEntry> entries(String streamId) {
        return transactions.inTransaction((connection, dsl) -> dsl.selectFrom(INGESTION_BATCHES)
                .where(INGESTION_BATCHES.STREAM_ID.eq(streamId))
                .orderBy(INGESTION_BATCHES.BATCH_ID)
                .fetch(LedgerRows::entry));
    }
}
