package dev.ingest.application.report.port.in;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.report.PurchaseFunnelRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A report laid out as named columns and rows of cells, the one layout every output shows (the CLI's table, CSV and
 * JSON, the dashboard's {@code /api}); column names follow the reporting views' columns. A cell is a {@code String},
 * a {@code Long}, a {@code BigDecimal}, a {@code LocalDateTime} or {@code null} (no value).
 */
public record ReportSheet(List<Column> columns, List<List<Object>> rows, Instant exactAsOf) {

    /**
     * One column: numbers are right-aligned in tables and numbers in JSON; {@code absent} is what text formats show
     * for a missing value (JSON shows {@code null}).
     */
    public record Column(String name, boolean numeric, String absent) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(absent, "absent");
        }

        static Column text(String name) {
            return new Column(name, false, "");
        }

        static Column number(String name) {
            return new Column(name, true, "");
        }

        Column absentAs(String shown) {
            return new Column(name, numeric, shown);
        }
    }

    public ReportSheet {
        columns = List.copyOf(columns);
        Objects.requireNonNull(exactAsOf, "exactAsOf");
        // Cells may be null (no value), which List.copyOf refuses.
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The report's rows laid out in its columns. */
    public static ReportSheet of(ReportResult result) {
        Instant exactAsOf = result.exactAsOf();
        if (result instanceof ReportResult.Summary summary) {
            return sheet(exactAsOf, summary.rows(), row -> cells(row.eventType().code(), row.totalEvents(),
                    row.uniqueUsers(), row.avgPrice(), row.totalValue()),
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
            return sheet(exactAsOf, funnel.rows(), ReportSheet::funnelCells,
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

    /** Each row as an object keyed by column name, in column order, each cell as {@code value} renders it. */
    public List<Map<String, Object>> objects(UnaryOperator<Object> value) {
        List<Map<String, Object>> objects = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i).name(), value.apply(row.get(i)));
            }
            objects.add(object);
        }
        return objects;
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

    private static <R> ReportSheet sheet(Instant exactAsOf, List<R> rows, Function<R, List<Object>> cells,
            Column... columns) {
        return new ReportSheet(List.of(columns), rows.stream().map(cells).toList(), exactAsOf);
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }
}
