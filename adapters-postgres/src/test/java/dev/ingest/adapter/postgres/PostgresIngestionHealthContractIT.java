package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.IngestionHealthContract;
import dev.ingest.application.health.port.out.IngestionHealth;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.health.port.out.ProgressBoard;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The health contract, held by the real PostgreSQL adapters over what the committer wrote and the board was posted. */
class PostgresIngestionHealthContractIT extends IngestionHealthContract {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private final PostgresBatchCommitter committer = new PostgresBatchCommitter(DATABASE.settings(), CLOCK);

    @Override
    protected BatchCommitter committer() {
        return committer;
    }

    @Override
    protected PartitionWriterFactory writers() {
        return committer.writers();
    }

    @Override
    protected ProgressBoard board() {
        return new PostgresProgressBoard(DATABASE.settings());
    }

    @Override
    protected IngestionHealth health() {
        return new PostgresIngestionHealth(DATABASE.settings());
    }
}
