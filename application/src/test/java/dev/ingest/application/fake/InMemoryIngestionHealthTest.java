package dev.ingest.application.fake;

import dev.ingest.application.contract.IngestionHealthContract;
import dev.ingest.application.health.port.out.IngestionHealth;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.health.port.out.ProgressBoard;

/** The health contract, held by the in-memory fake. */
class InMemoryIngestionHealthTest extends IngestionHealthContract {

    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter(CLOCK);
    private final InMemoryIngestionHealth health = new InMemoryIngestionHealth(store);

    @Override
    protected BatchCommitter committer() {
        return store;
    }

    @Override
    protected PartitionWriterFactory writers() {
        return store.writers();
    }

    @Override
    protected ProgressBoard board() {
        return health;
    }

    @Override
    protected IngestionHealth health() {
        return health;
    }
}
