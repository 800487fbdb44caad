package dev.ingest.bootstrap.cli;

/** Writes a report sheet in one output format. */
interface ReportRenderer {

    String render(ReportSheet sheet);
}
