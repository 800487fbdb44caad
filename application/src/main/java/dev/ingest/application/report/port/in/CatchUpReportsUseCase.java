package dev.ingest.application.report.port.in;

import java.time.Instant;

/** Brings the reports up to date with the events committed so far. */
public interface CatchUpReportsUseCase {

    /** Answers the time the reports are exact as of afterwards. */
    Instant catchUp();
}
