package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.postgres.report.PostgresReportCatchUp;
import dev.ingest.adapter.postgres.report.PostgresReports;
import dev.ingest.application.report.port.in.CatchUpReportsUseCase;
import dev.ingest.application.report.port.in.RunReportUseCase;
import dev.ingest.application.report.usecase.CatchUpReportsService;
import dev.ingest.application.report.usecase.RunReportService;

/** The reports, wired by hand: the report and catch-up use cases over the jOOQ queries of the database given. */
public final class Reporting {

    private Reporting() {
    }

    public static RunReportUseCase on(Database database) {
        return new RunReportService(new PostgresReports(database.settings()));
    }

    /** The catch-up that folds newly committed events into the reports' rollups. */
    public static CatchUpReportsUseCase catchUp(Database database) {
        return new CatchUpReportsService(new PostgresReportCatchUp(database.settings()));
    }
}
