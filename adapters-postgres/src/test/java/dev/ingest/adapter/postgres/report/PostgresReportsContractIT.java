package dev.ingest.adapter.postgres.report;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.ReportsContract;
import dev.ingest.application.report.port.out.Reports;
import dev.ingest.domain.event.Event;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reports contract, held by the real PostgreSQL adapter over {@code user_events} (the fake holds it too). */
class PostgresReportsContractIT extends ReportsContract {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @Override
    protected Reports reportsOver(List<Event> events) {
        UserEventsTable.replaceWith(DATABASE.dsl(), events);
        return new PostgresReports(DATABASE.settings());
    }
}
