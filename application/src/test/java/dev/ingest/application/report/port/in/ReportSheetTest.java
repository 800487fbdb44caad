package dev.ingest.application.report.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.report.port.in.ReportSheet.Column;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.TopProductRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportSheetTest {

    private static final Instant AS_OF = Instant.parse("2024-03-01T10:20:05Z");
    private static final LocalDateTime TEN = LocalDateTime.of(2024, 3, 1, 10, 0);

    @Test
    void each_report_has_the_columns_of_its_reporting_view() {
        assertThat(names(new ReportResult.Summary(List.of(), AS_OF))).containsExactly("event_type", "total_events",
                "unique_users", "avg_price", "total_value");
        assertThat(names(new ReportResult.Hourly(List.of(), AS_OF))).containsExactly("event_hour", "event_type",
                "event_count", "unique_users", "total_value");
        assertThat(names(new ReportResult.Funnel(List.of(), AS_OF))).containsExactly("category", "viewers",
                "cart_adders", "purchasers", "view_to_cart_rate", "cart_to_purchase_rate", "view_to_purchase_rate");
        assertThat(names(new ReportResult.TopProducts(List.of(), AS_OF))).containsExactly("product_id",
                "product_name", "category", "purchase_count", "revenue");
        assertThat(names(new ReportResult.Recent(List.of(), AS_OF))).containsExactly("event_time", "event_type",
                "event_id", "user_id", "product_id", "product_name", "category", "price");
    }

    @Test
    void cells_keep_their_types_and_a_missing_value_is_null() {
        ReportSheet funnel = ReportSheet.of(new ReportResult.Funnel(List.of(new PurchaseFunnelRow(Optional.empty(),
                4, 3, 0, Optional.of(new BigDecimal("75.00")), Optional.empty(), Optional.empty())), AS_OF));
        ReportSheet hourly = ReportSheet.of(new ReportResult.Hourly(List.of(new HourlyEventsRow(TEN, EventType.VIEW,
                7, 2, new BigDecimal("1.50"))), AS_OF));
        ReportSheet recent = ReportSheet.of(new ReportResult.Recent(List.of(new RecentEventRow(new Event("e1", "u1",
                "p1", "Lamp", "Home", new BigDecimal("9.99"), EventType.PURCHASE, TEN))), AS_OF));

        assertThat(funnel.rows()).containsExactly(Arrays.asList(null, 4L, 3L, 0L, new BigDecimal("75.00"), null,
                null));
        assertThat(funnel.columns().get(0)).isEqualTo(new Column("category", false, "ALL"));
        assertThat(hourly.rows()).containsExactly(List.of(TEN, "view", 7L, 2L, new BigDecimal("1.50")));
        assertThat(recent.rows()).containsExactly(List.of(TEN, "purchase", "e1", "u1", "p1", "Lamp", "Home",
                new BigDecimal("9.99")));
        assertThat(recent.exactAsOf()).isEqualTo(AS_OF);
    }

    @Test
    void rows_as_objects_are_keyed_by_column_in_column_order() {
        ReportSheet top = ReportSheet.of(new ReportResult.TopProducts(List.of(
                new TopProductRow("p1", "Lamp", "Home", 2, new BigDecimal("19.98"))), AS_OF));

        List<Map<String, Object>> objects = top.objects(cell -> cell instanceof String text ? text.toUpperCase() : cell);

        assertThat(objects).singleElement().satisfies(object -> {
            assertThat(object.keySet()).containsExactly("product_id", "product_name", "category", "purchase_count",
                    "revenue");
            assertThat(object.values()).containsExactly("P1", "LAMP", "HOME", 2L, new BigDecimal("19.98"));
        });
    }

    @Test
    void a_row_must_have_a_cell_for_each_column() {
        assertThatThrownBy(() -> new ReportSheet(List.of(new Column("a", false, "")), List.of(List.of(1L, 2L)),
                AS_OF)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(ReportResult result) {
        return ReportSheet.of(result).columns().stream().map(Column::name).toList();
    }
}
