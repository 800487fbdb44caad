package dev.ingest.application.report.port.in;

/** Runs one report over the stored events with the filters given. */
public interface RunReportUseCase {

    ReportResult run(RunReportCommand command);
}
