package dev.ingest.application.report.port.in;

import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.TopProductRow;
import java.util.List;

/** The rows of one report, typed by the report they came from. */
public sealed interface ReportResult {

    ReportKind kind();

    /** Rows of {@link ReportKind#SUMMARY}. */
    record Summary(List<EventSummaryRow> rows) implements ReportResult {
        public Summary {
            rows = List.copyOf(rows);
        }

        @Override
        public ReportKind kind() {
            return ReportKind.SUMMARY;
        }
    }

    /** Rows of {@link ReportKind#HOURLY}. */
    record Hourly(List<HourlyEventsRow> rows) implements ReportResult {
        public Hourly {
            rows = List.copyOf(rows);
        }

        @Override
        public ReportKind kind() {
            return ReportKind.HOURLY;
        }
    }

    /** Rows of {@link ReportKind#FUNNEL}. */
    record Funnel(List<PurchaseFunnelRow> rows) implements ReportResult {
        public Funnel {
            rows = List.copyOf(rows);
        }

        @Override
        public ReportKind kind() {
            return ReportKind.FUNNEL;
        }
    }

    /** Rows of {@link ReportKind#TOP_PRODUCTS}. */
    record TopProducts(List<TopProductRow> rows) implements ReportResult {
        public TopProducts {
            rows = List.copyOf(rows);
        }

        @Override
        public ReportKind kind() {
            return ReportKind.TOP_PRODUCTS;
        }
    }

    /** Rows of {@link ReportKind#RECENT}. */
    record Recent(List<RecentEventRow> rows) implements ReportResult {
        public Recent {
            rows = List.copyOf(rows);
        }

        @Override
        public ReportKind kind() {
            return ReportKind.RECENT;
        }
    }
}
