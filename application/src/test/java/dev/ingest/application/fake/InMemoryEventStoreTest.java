package dev.ingest.application.fake;

import dev.ingest.application.contract.EventStoreContract;
import dev.ingest.application.port.out.BatchLedger;
import dev.ingest.application.port.out.EventStore;
import dev.ingest.application.port.out.PartitionWriters;
import dev.ingest.domain.event.Event;
import java.util.List;

class InMemoryEventStoreTest extends EventStoreContract {

    private final InMemoryEventStore store = new InMemoryEventStore();

    @Override
    protected EventStore store() {
        return store;
    }

    @Override
    protected PartitionWriters writers() {
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
