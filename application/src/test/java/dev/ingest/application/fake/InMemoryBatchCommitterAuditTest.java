package dev.ingest.application.fake;

import dev.ingest.application.contract.IngestionAuditContract;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.verify.port.out.IngestionAudit;

class InMemoryBatchCommitterAuditTest extends IngestionAuditContract {

    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter(CLOCK);

    @Override
    protected BatchCommitter committer() {
        return store;
    }

    @Override
    protected PartitionWriterFactory writers() {
        return store.writers();
    }

    @Override
    protected IngestionAudit audit() {
        return store;
    }
}
