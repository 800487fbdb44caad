package dev.ingest.application.fake;

import dev.ingest.application.contract.ReportsContract;
import dev.ingest.application.report.port.out.Reports;
import dev.ingest.domain.event.Event;
import java.util.List;

class InMemoryReportsTest extends ReportsContract {

    @Override
    protected Reports reportsOver(List<Event> events) {
        return new InMemoryReports(events);
    }
}
