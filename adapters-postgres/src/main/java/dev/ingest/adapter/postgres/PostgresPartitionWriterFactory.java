package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.domain.batch.BatchKey;

/**
 * The event store as the executors see it. Holds nothing but the connection settings, so it serializes to any
 * executor; there each writer borrows from that JVM's pool (see
 * {@link dev.ingest.adapter.postgres.database.ConnectionPools}).
 */
public record PostgresPartitionWriterFactory(DatabaseSettings settings) implements PartitionWriterFactory {

    @Override
    public PartitionWriter open(BatchKey key, int partitionId) {
        return new CopyPartitionWriter(new RetryingTransactions(settings), key);
    }
}
