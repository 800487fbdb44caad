package dev.ingest.application.report.usecase;

import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.application.report.port.in.RunReportCommand;
import dev.ingest.application.report.port.in.RunReportUseCase;
import dev.ingest.application.report.port.out.Reports;
import dev.ingest.domain.report.ReportQuery;
import java.time.Instant;
import java.util.Objects;

/** Runs a report against the reporting read model, filling in the report's default row limit. */
public final class RunReportService implements RunReportUseCase {

    private final Reports reports;

    public RunReportService(Reports reports) {
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    @Override
    public ReportResult run(RunReportCommand command) {
        ReportQuery query = command.effectiveQuery();
        // Read first: the rows read after it count at least every event committed before it.
        Instant exactAsOf = reports.exactAsOf();
        return switch (command.kind()) {
            case SUMMARY -> new ReportResult.Summary(reports.eventSummary(query), exactAsOf);
            case HOURLY -> new ReportResult.Hourly(reports.hourlyEvents(query), exactAsOf);
            case FUNNEL -> new ReportResult.Funnel(reports.purchaseFunnel(query), exactAsOf);
            case TOP_PRODUCTS -> new ReportResult.TopProducts(reports.topProducts(query), exactAsOf);
            case RECENT -> new ReportResult.Recent(reports.recentActivity(query), exactAsOf);
        };
    }
}
