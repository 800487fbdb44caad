package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.postgres.report.PostgresReports;
import dev.ingest.application.report.port.in.RunReportUseCase;
import dev.ingest.application.report.usecase.RunReportService;

/** The reports, wired by hand: the report use case over the jOOQ queries of the database given. */
public final class Reporting {

    private Reporting() {
    }

    public static RunReportUseCase on(Database database) {
        return new RunReportService(new PostgresReports(database.settings()));
    }
}
