package dev.ingest.application.report.port.out;

import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import java.time.Instant;
import java.util.List;

/**
 * The reporting read model over stored events; time ranges are half-open ({@code from} inclusive, {@code to} exclusive)
 * on the event time, and a filter a report cannot honour is refused before it gets here (see {@code ReportKind}).
 */
public interface Reports {

    /** The time the reports are exact as of: every event committed before it is counted in them. */
    Instant exactAsOf();

    /** Per event type, ordered by event type: events, distinct users, average price and total value. */
    List<EventSummaryRow> eventSummary(ReportQuery query);

    /** Per hour and event type, newest hour first; the time range selects hours that start inside it. */
    List<HourlyEventsRow> hourlyEvents(ReportQuery query);

    /** The all-categories funnel first, then one row per category in name order. */
    List<PurchaseFunnelRow> purchaseFunnel(ReportQuery query);

    /** Purchased products by revenue, highest first. */
    List<TopProductRow> topProducts(ReportQuery query);

    /** The latest events by event time, newest first. */
    List<RecentEventRow> recentActivity(ReportQuery query);
}
