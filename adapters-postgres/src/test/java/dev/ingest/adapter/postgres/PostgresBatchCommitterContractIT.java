package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.BatchCommitterContract;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event store contract, held by the real PostgreSQL adapter (the in-memory fake holds the same one). */
class PostgresBatchCommitterContractIT extends BatchCommitterContract {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private final PostgresBatchCommitter store = new PostgresBatchCommitter(DATABASE.settings(), Clock.systemUTC());

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
        return new PostgresUnitLedger(DATABASE.settings(), Clock.systemUTC());
    }

    @Override
    protected IngestionAudit audit() {
        return new PostgresIngestionAudit(DATABASE.settings());
    }

    @Override
    protected List<Event> storedEvents() {
        return DATABASE.dsl().selectFrom(USER_EVENTS).orderBy(USER_EVENTS.ID).fetch(row -> new Event(
                row.getEventId(), row.getUserId(), row.getProductId(), row.getProductName(), row.getCategory(),
                row.getPrice(), EventType.fromCode(row.getEventType()).orElseThrow(), row.getEventTimestamp()));
    }
}
