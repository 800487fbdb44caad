package dev.ingest.application.fake;

import dev.ingest.application.report.port.out.Reports;
import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import java.util.ArrayList;
import java.util.List;

/** Answers every report with the rows a test gave it and remembers the queries it was asked. */
public final class InMemoryReports implements Reports {

    private final List<ReportQuery> queries = new ArrayList<>();
    private List<EventSummaryRow> summary = List.of();
    private List<HourlyEventsRow> hourly = List.of();
    private List<PurchaseFunnelRow> funnel = List.of();
    private List<TopProductRow> topProducts = List.of();
    private List<RecentEventRow> recent = List.of();

    public InMemoryReports withSummary(List<EventSummaryRow> rows) {
        summary = List.copyOf(rows);
        return this;
    }

    public InMemoryReports withHourly(List<HourlyEventsRow> rows) {
        hourly = List.copyOf(rows);
        return this;
    }

    public InMemoryReports withFunnel(List<PurchaseFunnelRow> rows) {
        funnel = List.copyOf(rows);
        return this;
    }

    public InMemoryReports withTopProducts(List<TopProductRow> rows) {
        topProducts = List.copyOf(rows);
        return this;
    }

    public InMemoryReports withRecent(List<RecentEventRow> rows) {
        recent = List.copyOf(rows);
        return this;
    }

    public List<ReportQuery> queries() {
        return List.copyOf(queries);
    }

    @Override
    public List<EventSummaryRow> eventSummary(ReportQuery query) {
        queries.add(query);
        return summary;
    }

    @Override
    public List<HourlyEventsRow> hourlyEvents(ReportQuery query) {
        queries.add(query);
        return hourly;
    }

    @Override
    public List<PurchaseFunnelRow> purchaseFunnel(ReportQuery query) {
        queries.add(query);
        return funnel;
    }

    @Override
    public List<TopProductRow> topProducts(ReportQuery query) {
        queries.add(query);
        return topProducts;
    }

    @Override
    public List<RecentEventRow> recentActivity(ReportQuery query) {
        queries.add(query);
        return recent.subList(0, Math.min(recent.size(), query.limit().orElse(recent.size())));
    }
}
