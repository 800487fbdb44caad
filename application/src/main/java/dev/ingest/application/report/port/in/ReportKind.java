package dev.ingest.application.report.port.in;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The reports there are, by the name users type, with the filters each can honour and its default row limit. */
public enum ReportKind {
    SUMMARY("summary", EnumSet.of(ReportFilter.TIME_RANGE, ReportFilter.CATEGORY), OptionalInt.empty()),
    HOURLY("hourly", EnumSet.of(ReportFilter.TIME_RANGE, ReportFilter.LIMIT), OptionalInt.empty()),
    FUNNEL("funnel", EnumSet.of(ReportFilter.TIME_RANGE, ReportFilter.CATEGORY), OptionalInt.empty()),
    TOP_PRODUCTS("top-products", EnumSet.allOf(ReportFilter.class), OptionalInt.of(10)),
    RECENT("recent", EnumSet.allOf(ReportFilter.class), OptionalInt.of(20));

    /** A filter a report may or may not be able to apply. */
    public enum ReportFilter {
        TIME_RANGE, CATEGORY, LIMIT
    }

    private final String reportName;
    private final Set<ReportFilter> filters;
    private final OptionalInt defaultLimit;

    ReportKind(String reportName, Set<ReportFilter> filters, OptionalInt defaultLimit) {
        this.reportName = reportName;
        this.filters = filters;
        this.defaultLimit = defaultLimit;
    }

    public String reportName() {
        return reportName;
    }

    public boolean supports(ReportFilter filter) {
        return filters.contains(filter);
    }

    public OptionalInt defaultLimit() {
        return defaultLimit;
    }

    /** Matches a report name exactly (they are lower case). */
    public static Optional<ReportKind> fromName(String name) {
        for (ReportKind kind : values()) {
            if (kind.reportName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
