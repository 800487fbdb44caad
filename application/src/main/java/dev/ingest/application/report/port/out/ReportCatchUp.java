package dev.ingest.application.report.port.out;

import java.time.Instant;

/** The reports' read model brought up to date with the events committed since it last was. */
public interface ReportCatchUp {

    /**
     * Folds in the events committed so far, as far as is safe now (not those of transactions still running), and
     * answers the time the reports are exact as of; a catch-up already running elsewhere is not waited for.
     */
    Instant catchUp();
}
