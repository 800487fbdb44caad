package dev.ingest.application.fake;

import dev.ingest.application.contract.BatchCommitterContract;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.domain.event.Event;
import java.util.List;

class InMemoryBatchCommitterTest extends BatchCommitterContract {

    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();

    @Override
    protected BatchCommitter store() {
        return store;
    }

    @Override
    protected PartitionWriterFactory writers() {
        return store.writers();
    }

    @Override
    protected UnitLedger ledger() {
        return store;
    }

    @Override
    protected IngestionAudit audit() {
        return store;
    }

    @Override
    protected List<Event> storedEvents() {
        return store.events();
    }
}
