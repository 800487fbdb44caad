package dev.ingest.application.contract;

import static dev.ingest.application.contract.ReportDataSet.at;
import static dev.ingest.application.contract.ReportDataSet.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.report.port.out.Reports;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Reports} promises over the events its store holds, each report with each filter it takes, run on
 * the hand-worked {@link ReportDataSet} against the in-memory fake and the real adapter.
 */
public abstract class ReportsContract {

    private static final ReportQuery ALL = ReportQuery.unfiltered();
    private static final HourlyEventsRow ELEVEN_PURCHASE = hourly(11, EventType.PURCHASE, 2, 1, "339.33");
    private static final HourlyEventsRow ELEVEN_VIEW = hourly(11, EventType.VIEW, 2, 2, "31.49");
    private static final HourlyEventsRow TEN_CART = hourly(10, EventType.ADD_TO_CART, 2, 2, "358.83");
    private static final HourlyEventsRow TEN_PURCHASE = hourly(10, EventType.PURCHASE, 1, 1, "333.33");
    private static final HourlyEventsRow TEN_VIEW = hourly(10, EventType.VIEW, 2, 2, "358.83");
    private static final HourlyEventsRow NINE_CART = hourly(9, EventType.ADD_TO_CART, 1, 1, "10.00");
    private static final HourlyEventsRow NINE_PURCHASE = hourly(9, EventType.PURCHASE, 1, 1, "10.00");
    private static final HourlyEventsRow NINE_VIEW = hourly(9, EventType.VIEW, 2, 2, "20.00");
    private static final PurchaseFunnelRow HOME = funnel("Home", 3, 2, 1, "66.67", "50.00", "33.33");
    private static final TopProductRow PHONE = new TopProductRow("p3", "Phone", "Tech", 2, money("666.67"));
    private static final TopProductRow LAMP = new TopProductRow("p1", "Lamp", "Home", 1, money("10.00"));
    private static final TopProductRow CABLE = new TopProductRow("p4", "Cable", "Tech", 1, money("5.99"));

    /** The reports over a store that holds exactly these events, stored in the order given. */
    protected abstract Reports reportsOver(List<Event> events);

    private Reports reports() {
        return reportsOver(ReportDataSet.EVENTS);
    }

    @Test
    void the_summary_totals_each_event_type_in_type_order_with_money_rounded_half_up() {
        assertThat(reports().eventSummary(ALL)).containsExactly(
                summary(EventType.ADD_TO_CART, 3, 3, "122.94", "368.83"),
                summary(EventType.PURCHASE, 4, 3, "170.67", "682.66"),
                summary(EventType.VIEW, 6, 4, "68.39", "410.32"));
    }

    @Test
    void the_summary_takes_a_half_open_time_range_and_a_category() {
        Reports reports = reports();

        assertThat(reports.eventSummary(ALL.withFrom(at(10, 5)).withTo(at(11, 0)))).containsExactly(
                summary(EventType.ADD_TO_CART, 2, 2, "179.42", "358.83"),
                summary(EventType.PURCHASE, 1, 1, "333.33", "333.33"),
                summary(EventType.VIEW, 2, 2, "179.42", "358.83"));
        assertThat(reports.eventSummary(ALL.withCategory("Tech"))).containsExactly(
                summary(EventType.ADD_TO_CART, 1, 1, "333.33", "333.33"),
                summary(EventType.PURCHASE, 3, 2, "224.22", "672.66"),
                summary(EventType.VIEW, 2, 2, "169.66", "339.32"));
        assertThat(reports.eventSummary(ALL.withFrom(at(11, 0)).withCategory("Tech"))).containsExactly(
                summary(EventType.PURCHASE, 2, 1, "169.67", "339.33"),
                summary(EventType.VIEW, 1, 1, "5.99", "5.99"));
    }

    @Test
    void the_hourly_report_counts_each_hour_and_type_newest_hour_first_and_a_limit_keeps_the_newest() {
        Reports reports = reports();

        assertThat(reports.hourlyEvents(ALL)).containsExactly(ELEVEN_PURCHASE, ELEVEN_VIEW, TEN_CART, TEN_PURCHASE,
                TEN_VIEW, NINE_CART, NINE_PURCHASE, NINE_VIEW);
        assertThat(reports.hourlyEvents(ALL.withLimit(3))).containsExactly(ELEVEN_PURCHASE, ELEVEN_VIEW, TEN_CART);
    }

    @Test
    void the_hourly_time_range_selects_the_hours_that_start_inside_it() {
        Reports reports = reports();

        assertThat(reports.hourlyEvents(ALL.withFrom(at(10, 0)).withTo(at(11, 0))))
                .containsExactly(TEN_CART, TEN_PURCHASE, TEN_VIEW);
        assertThat(reports.hourlyEvents(ALL.withFrom(at(9, 30))))
                .containsExactly(ELEVEN_PURCHASE, ELEVEN_VIEW, TEN_CART, TEN_PURCHASE, TEN_VIEW);
    }

    @Test
    void the_funnel_counts_distinct_users_per_stage_all_categories_first_then_by_category() {
        assertThat(reports().purchaseFunnel(ALL)).containsExactly(
                funnel(null, 4, 3, 3, "75.00", "100.00", "75.00"),
                HOME,
                funnel("Tech", 2, 1, 2, "50.00", "200.00", "100.00"));
    }

    @Test
    void the_funnel_takes_a_time_range_and_a_category_and_leaves_a_rate_over_an_empty_stage_empty() {
        Reports reports = reports();

        assertThat(reports.purchaseFunnel(ALL.withCategory("Home"))).containsExactly(HOME);
        assertThat(reports.purchaseFunnel(ALL.withFrom(at(9, 0)).withTo(at(10, 0)))).containsExactly(
                funnel(null, 2, 1, 1, "50.00", "100.00", "50.00"),
                funnel("Home", 2, 1, 1, "50.00", "100.00", "50.00"));
        assertThat(reports.purchaseFunnel(ALL.withFrom(at(11, 0)).withTo(at(11, 40)))).containsExactly(
                funnel(null, 0, 0, 1, null, null, null),
                funnel("Tech", 0, 0, 1, null, null, null));
        assertThat(reports.purchaseFunnel(ALL.withTo(at(10, 0)).withCategory("Home")))
                .containsExactly(funnel("Home", 2, 1, 1, "50.00", "100.00", "50.00"));
    }

    @Test
    void top_products_ranks_purchased_products_by_revenue_and_a_limit_keeps_the_top() {
        Reports reports = reports();

        assertThat(reports.topProducts(ALL)).containsExactly(PHONE, LAMP, CABLE);
        assertThat(reports.topProducts(ALL.withLimit(2))).containsExactly(PHONE, LAMP);
    }

    @Test
    void top_products_take_a_category_and_a_half_open_time_range() {
        Reports reports = reports();

        assertThat(reports.topProducts(ALL.withCategory("Home"))).containsExactly(LAMP);
        assertThat(reports.topProducts(ALL.withCategory("Tech").withLimit(1))).containsExactly(PHONE);
        assertThat(reports.topProducts(ALL.withFrom(at(10, 30))))
                .containsExactly(new TopProductRow("p3", "Phone", "Tech", 1, money("333.34")), CABLE);
        assertThat(reports.topProducts(ALL.withFrom(at(9, 0)).withTo(at(11, 0)).withLimit(1)))
                .containsExactly(new TopProductRow("p3", "Phone", "Tech", 1, money("333.33")));
    }

    @Test
    void recent_activity_lists_the_newest_first_with_every_field_the_later_stored_first_on_a_tie() {
        Reports reports = reports();
        List<Event> events = ReportDataSet.EVENTS;

        assertThat(reports.recentActivity(ALL.withLimit(3))).extracting(RecentEventRow::event)
                .containsExactly(events.get(12), events.get(11), events.get(10));
        assertThat(eventIds(reports, ALL)).containsExactly(
                "e13", "e12", "e11", "e10", "e09", "e08", "e07", "e06", "e05", "e04", "e03", "e02", "e01");
    }

    @Test
    void recent_activity_takes_a_category_and_a_half_open_time_range() {
        Reports reports = reports();

        assertThat(eventIds(reports, ALL.withCategory("Home").withLimit(2))).containsExactly("e13", "e06");
        assertThat(eventIds(reports, ALL.withFrom(at(9, 10)).withTo(at(9, 30)))).containsExactly("e02", "e01");
    }

    @Test
    void an_empty_store_gives_empty_reports_but_an_all_categories_funnel_of_zeros() {
        Reports reports = reportsOver(List.of());
        PurchaseFunnelRow zeros = funnel(null, 0, 0, 0, null, null, null);

        for (ReportQuery query : List.of(ALL, ALL.withFrom(at(0, 0)).withTo(at(23, 0)), ALL.withCategory("Home"))) {
            assertThat(reports.eventSummary(query)).isEmpty();
            assertThat(reports.topProducts(query)).isEmpty();
            assertThat(reports.recentActivity(query)).isEmpty();
        }
        assertThat(reports.hourlyEvents(ALL)).isEmpty();
        assertThat(reports.hourlyEvents(ALL.withFrom(at(0, 0)).withTo(at(23, 0)).withLimit(5))).isEmpty();
        assertThat(reports.purchaseFunnel(ALL)).containsExactly(zeros);
        assertThat(reports.purchaseFunnel(ALL.withFrom(at(0, 0)).withTo(at(23, 0)))).containsExactly(zeros);
        assertThat(reports.purchaseFunnel(ALL.withCategory("Home"))).isEmpty();
    }

    private static List<String> eventIds(Reports reports, ReportQuery query) {
        return reports.recentActivity(query).stream().map(row -> row.event().eventId()).toList();
    }

    private static EventSummaryRow summary(EventType type, long events, long users, String average, String total) {
        return new EventSummaryRow(type, events, users, money(average), money(total));
    }

    private static HourlyEventsRow hourly(int hour, EventType type, long events, long users, String total) {
        return new HourlyEventsRow(at(hour, 0), type, events, users, money(total));
    }

    private static PurchaseFunnelRow funnel(String category, long viewers, long cartAdders, long purchasers,
            String viewToCart, String cartToPurchase, String viewToPurchase) {
        return new PurchaseFunnelRow(Optional.ofNullable(category), viewers, cartAdders, purchasers,
                Optional.ofNullable(viewToCart).map(ReportDataSet::money),
                Optional.ofNullable(cartToPurchase).map(ReportDataSet::money),
                Optional.ofNullable(viewToPurchase).map(ReportDataSet::money));
    }
}
