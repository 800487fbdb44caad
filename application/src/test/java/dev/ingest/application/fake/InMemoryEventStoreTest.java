package dev.ingest.application.fake;

import dev.ingest.application.contract.EventStoreContract;
import dev.ingest.application.port.out.BatchLedger;
import dev.ingest.application.port.out.EventStaging;
import dev.ingest.application.port.out.EventStore;
import dev.ingest.domain.event.Event;
import java.util.List;

class InMemoryEventStoreTest extends EventStoreContract {

    private final InMemoryEventStore store = new InMemoryEventStore();

    @Override
    protected EventStore store() {
        return store;
    }

    @Override
    protected EventStaging staging() {
        return store.staging();
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
