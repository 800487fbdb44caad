package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportSheet;

/** Writes a report sheet in one output format. */
interface ReportRenderer {

    String render(ReportSheet sheet);
}
