package dev.ingest.application.report.port.in;

import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.TopProductRow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The rows of one report, typed by the report they came from, and the time they are exact as of: every event committed
 * before it is counted; one committed since may not be yet (the rollups are folded every few seconds).
 */
public sealed interface ReportResult {

    ReportKind kind();

    Instant exactAsOf();

    /** Rows of {@link ReportKind#SUMMARY}. */
    record Summary(List<EventSummaryRow> rows, Instant exactAsOf) implements ReportResult {
        public Summary {
            rows = List.copyOf(rows);
            Objects.requireNonNull(exactAsOf, "exactAsOf");
        }

        @Override
        public ReportKind kind() {
            return ReportKind.SUMMARY;
        }
    }

    /** Rows of {@link ReportKind#HOURLY}. */
    record Hourly(List<HourlyEventsRow> rows, Instant exactAsOf) implements ReportResult {
        public Hourly {
            rows = List.copyOf(rows);
            Objects.requireNonNull(exactAsOf, "exactAsOf");
        }

        @Override
        public ReportKind kind() {
            return ReportKind.HOURLY;
        }
    }

    /** Rows of {@link ReportKind#FUNNEL}. */
    record Funnel(List<PurchaseFunnelRow> rows, Instant exactAsOf) implements ReportResult {
        public Funnel {
            rows = List.copyOf(rows);
            Objects.requireNonNull(exactAsOf, "exactAsOf");
        }

        @Override
        public ReportKind kind() {
            return ReportKind.FUNNEL;
        }
    }

    /** Rows of {@link ReportKind#TOP_PRODUCTS}. */
    record TopProducts(List<TopProductRow> rows, Instant exactAsOf) implements ReportResult {
        public TopProducts {
            rows = List.copyOf(rows);
            Objects.requireNonNull(exactAsOf, "exactAsOf");
        }

        @Override
        public ReportKind kind() {
            return ReportKind.TOP_PRODUCTS;
        }
    }

    /** Rows of {@link ReportKind#RECENT}. */
    record Recent(List<RecentEventRow> rows, Instant exactAsOf) implements ReportResult {
        public Recent {
            rows = List.copyOf(rows);
            Objects.requireNonNull(exactAsOf, "exactAsOf");
        }

        @Override
        public ReportKind kind() {
            return ReportKind.RECENT;
        }
    }
}
