package dev.ingest.application.fake;

import dev.ingest.application.contract.BatchCommitterContract;
import dev.ingest.application.port.out.BatchLedger;
import dev.ingest.application.port.out.BatchCommitter;
import dev.ingest.application.port.out.PartitionWriterFactory;
import dev.ingest.domain.event.Event;
import java.util.List;

class InMemoryEventStoreTest extends BatchCommitterContract {

    private final InMemoryEventStore store = new InMemoryEventStore();

    @Override
    protected BatchCommitter store() {
        return store;
    }

    @Override
    protected PartitionWriterFactory writers() {
        return store.writers();
    }

    @Override
    protected BatchLedger ledger() {
        return store;
    }

    @Override
    protected List<Event> storedEvents() {
        return store.events();
    }
}
