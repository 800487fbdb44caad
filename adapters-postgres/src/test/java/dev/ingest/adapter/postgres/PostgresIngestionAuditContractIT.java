package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.IngestionAuditContract;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.verify.port.out.IngestionAudit;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit contract, held by the real PostgreSQL adapter over what its committer wrote. */
class PostgresIngestionAuditContractIT extends IngestionAuditContract {

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
    protected IngestionAudit audit() {
        return new PostgresIngestionAudit(DATABASE.settings());
    }
}
