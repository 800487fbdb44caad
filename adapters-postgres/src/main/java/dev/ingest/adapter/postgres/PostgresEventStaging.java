package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.EventStaging;
import dev.ingest.application.port.out.StagingWriter;

/**
 * The staging table, as the executors see it. Holds nothing but the connection settings, so it serializes to any
 * executor; there each writer borrows from that JVM's pool (see
 * {@link dev.ingest.adapter.postgres.database.ConnectionPools}).
 */
public record PostgresEventStaging(DatabaseSettings settings) implements EventStaging {

    @Override
    public StagingWriter open(BatchKey key, int partitionId) {
        return new CopyStagingWriter(new RetryingTransactions(settings), key, partitionId);
    }
}
