package dev.ingest.application.report.port.in;

import dev.ingest.application.report.port.in.ReportKind.ReportFilter;
import dev.ingest.domain.report.ReportQuery;
import java.util.Objects;

/** Which report to run and its filters; refuses a filter the report cannot apply rather than ignoring it. */
public record RunReportCommand(ReportKind kind, ReportQuery query) {

    public RunReportCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(query, "query");
        refuseUnless(kind, ReportFilter.TIME_RANGE, query.hasTimeRange(), "a time range");
        refuseUnless(kind, ReportFilter.CATEGORY, query.category().isPresent(), "a category");
        refuseUnless(kind, ReportFilter.LIMIT, query.limit().isPresent(), "a limit");
    }

    /** The query with this report's default limit filled in where none was given. */
    public ReportQuery effectiveQuery() {
        if (query.limit().isPresent() || kind.defaultLimit().isEmpty()) {
            return query;
        }
        return query.withLimit(kind.defaultLimit().getAsInt());
    }

    private static void refuseUnless(ReportKind kind, ReportFilter filter, boolean requested, String what) {
        if (requested && !kind.supports(filter)) {
            throw new IllegalArgumentException("the " + kind.reportName() + " report does not take " + what);
        }
    }
}
