package dev.ingest.adapter.web;

import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.report.PurchaseFunnelRow;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A report as the JSON of {@code ingest report --format json}: the instant it is exact as of ({@code exact_as_of}) and
 * its rows ({@code rows}), objects keyed by the reporting views' column names (times ISO-8601 UTC; no value as
 * {@code null}), so that a tool may read either.
 */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> report(ReportResult result) {
        return object("exact_as_of", result.exactAsOf().toString(), "rows", rows(result));
    }

    private static List<Map<String, Object>> rows(ReportResult result) {
        if (result instanceof ReportResult.Summary summary) {
            return map(summary.rows(), row -> object("event_type", row.eventType().code(),
                    "total_events", row.totalEvents(), "unique_users", row.uniqueUsers(),
                    "avg_price", row.avgPrice(), "total_value", row.totalValue()));
        }
        if (result instanceof ReportResult.Hourly hourly) {
            return map(hourly.rows(), row -> object("event_hour", time(row.hour()),
                    "event_type", row.eventType().code(), "event_count", row.eventCount(),
                    "unique_users", row.uniqueUsers(), "total_value", row.totalValue()));
        }
        if (result instanceof ReportResult.Funnel funnel) {
            return map(funnel.rows(), ReportJson::funnel);
        }
        if (result instanceof ReportResult.TopProducts top) {
            return map(top.rows(), row -> object("product_id", row.productId(), "product_name", row.productName(),
                    "category", row.category(), "purchase_count", row.purchaseCount(), "revenue", row.revenue()));
        }
        return map(((ReportResult.Recent) result).rows(), row -> event(row.event()));
    }

    private static Map<String, Object> funnel(PurchaseFunnelRow row) {
        return object("category", row.category().orElse(null), "viewers", row.viewers(),
                "cart_adders", row.cartAdders(), "purchasers", row.purchasers(),
                "view_to_cart_rate", row.viewToCartRate().orElse(null),
                "cart_to_purchase_rate", row.cartToPurchaseRate().orElse(null),
                "view_to_purchase_rate", row.viewToPurchaseRate().orElse(null));
    }

    private static Map<String, Object> event(Event event) {
        return object("event_time", time(event.eventTime()), "event_type", event.eventType().code(),
                "event_id", event.eventId(), "user_id", event.userId(), "product_id", event.productId(),
                "product_name", event.productName(), "category", event.category(), "price", event.price());
    }

    static String time(LocalDateTime time) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    }

    private static <R> List<Map<String, Object>> map(List<R> rows, Function<R, Map<String, Object>> object) {
        return rows.stream().map(object).toList();
    }

    /** An object with its keys in the order given (alternating key, value); values may be null. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
