package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.OffsetRange;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The units the partitions stored, as {@code ingested_files} and {@code ingested_offsets} hold them. */
public final class PostgresUnitLedger implements UnitLedger {

    private final RetryingTransactions transactions;
    private final Clock clock;

    public PostgresUnitLedger(DatabaseSettings settings, Clock clock) {
        this.transactions = new RetryingTransactions(settings);
        this.clock = clock;
    }

    @Override
    public Set<String> heldFiles(String streamId) {
        return transactions.inTransaction((connection, dsl) -> IngestedFileRows.held(dsl, streamId));
    }

    @Override
    public void releaseFiles(String streamId, Collection<String> sourceFiles) {
        if (sourceFiles.isEmpty()) {
            return;
        }
        transactions.inTransaction((connection, dsl) -> IngestedFileRows.release(dsl, streamId, sourceFiles,
                clock.instant()));
    }

    @Override
    public List<OffsetRange> storedRanges(Collection<String> topics, BatchKey firstBatch) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction((connection, dsl) -> IngestedOffsetRows.recorded(dsl, topics, firstBatch));
    }
}
