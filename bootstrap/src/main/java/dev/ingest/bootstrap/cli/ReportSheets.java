package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.bootstrap.cli.ReportSheet.Column;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.report.PurchaseFunnelRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Lays each report's rows out as a sheet; column names follow the reporting views' columns. */
final class ReportSheets {

    private ReportSheets() {
    }

    static ReportSheet of(ReportResult result) {
        Instant exactAsOf = result.exactAsOf();
        if (result instanceof ReportResult.Summary summary) {
            return sheet(exactAsOf, summary.rows(), row -> cells(row.eventType().code(), row.totalEvents(), row.uniqueUsers(),
                    row.avgPrice(), row.totalValue()),
                    Column.text("event_type"), Column.number("total_events"), Column.number("unique_users"),
                    Column.number("avg_price"), Column.number("total_value"));
        }
        if (result instanceof ReportResult.Hourly hourly) {
            return sheet(exactAsOf, hourly.rows(), row -> cells(row.hour(), row.eventType().code(), row.eventCount(),
                    row.uniqueUsers(), row.totalValue()),
                    Column.text("event_hour"), Column.text("event_type"), Column.number("event_count"),
                    Column.number("unique_users"), Column.number("total_value"));
        }
        if (result instanceof ReportResult.Funnel funnel) {
            return sheet(exactAsOf, funnel.rows(), ReportSheets::funnelCells,
                    Column.text("category").absentAs("ALL"), Column.number("viewers"), Column.number("cart_adders"),
                    Column.number("purchasers"), Column.number("view_to_cart_rate"),
                    Column.number("cart_to_purchase_rate"), Column.number("view_to_purchase_rate"));
        }
        if (result instanceof ReportResult.TopProducts top) {
            return sheet(exactAsOf, top.rows(), row -> cells(row.productId(), row.productName(), row.category(),
                    row.purchaseCount(), row.revenue()),
                    Column.text("product_id"), Column.text("product_name"), Column.text("category"),
                    Column.number("purchase_count"), Column.number("revenue"));
        }
        ReportResult.Recent recent = (ReportResult.Recent) result;
        return sheet(exactAsOf, recent.rows(), row -> eventCells(row.event()),
                Column.text("event_time"), Column.text("event_type"), Column.text("event_id"), Column.text("user_id"),
                Column.text("product_id"), Column.text("product_name"), Column.text("category"),
                Column.number("price"));
    }

    private static List<Object> funnelCells(PurchaseFunnelRow row) {
        return cells(row.category().orElse(null), row.viewers(), row.cartAdders(), row.purchasers(),
                row.viewToCartRate().orElse(null), row.cartToPurchaseRate().orElse(null),
                row.viewToPurchaseRate().orElse(null));
    }

    private static List<Object> eventCells(Event event) {
        return cells(event.eventTime(), event.eventType().code(), event.eventId(), event.userId(), event.productId(),
                event.productName(), event.category(), event.price());
    }

    private static <R> ReportSheet sheet(Instant exactAsOf, List<R> rows, Function<R, List<Object>> cells, Column... columns) {
        return new ReportSheet(List.of(columns), rows.stream().map(cells).toList(), exactAsOf);
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }
}
