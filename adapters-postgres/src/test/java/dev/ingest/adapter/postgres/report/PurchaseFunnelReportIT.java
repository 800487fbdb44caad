package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.report.ReportDataSet.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.ReportQuery;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PurchaseFunnelReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final PurchaseFunnelRow HOME = funnel("Home", 3, 2, 1, "66.67", "50.00", "33.33");

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @BeforeAll
    static void insertEvents() {
        ReportDataSet.insert(DATABASE.dsl());
    }

    @Test
    void counts_distinct_users_per_stage_overall_then_per_category() {
        assertThat(reports.purchaseFunnel(ReportQuery.unfiltered())).containsExactly(
                funnel(null, 4, 3, 3, "75.00", "100.00", "75.00"),
                HOME,
                funnel("Tech", 2, 1, 2, "50.00", "200.00", "100.00"));
    }

    @Test
    void a_category_keeps_only_its_row() {
        assertThat(reports.purchaseFunnel(ReportQuery.unfiltered().withCategory("Home"))).containsExactly(HOME);
    }

    @Test
    void a_time_range_counts_only_the_users_active_inside_it() {
        assertThat(reports.purchaseFunnel(ReportQuery.unfiltered().withFrom(at(9, 0)).withTo(at(10, 0))))
                .containsExactly(
                        funnel(null, 2, 1, 1, "50.00", "100.00", "50.00"),
                        funnel("Home", 2, 1, 1, "50.00", "100.00", "50.00"));
    }

    @Test
    void a_rate_over_an_empty_stage_is_empty_rather_than_a_division_by_zero() {
        assertThat(reports.purchaseFunnel(ReportQuery.unfiltered().withFrom(at(11, 0)).withTo(at(11, 40))))
                .containsExactly(
                        funnel(null, 0, 0, 1, null, null, null),
                        funnel("Tech", 0, 0, 1, null, null, null));
    }

    @Test
    void a_time_range_and_a_category_combine() {
        assertThat(reports.purchaseFunnel(
                ReportQuery.unfiltered().withTo(at(10, 0)).withCategory("Home")))
                .containsExactly(funnel("Home", 2, 1, 1, "50.00", "100.00", "50.00"));
    }

    @Test
    void the_view_and_its_reproduction_over_the_events_agree() {
        assertThat(PurchaseFunnelQuery.fromEvents(DATABASE.dsl(), ReportQuery.unfiltered()))
                .hasSize(3)
                .isEqualTo(PurchaseFunnelQuery.fromView(DATABASE.dsl(), ReportQuery.unfiltered()));
        ReportQuery tech = ReportQuery.unfiltered().withCategory("Tech");
        assertThat(PurchaseFunnelQuery.fromEvents(DATABASE.dsl(), tech))
                .hasSize(1)
                .isEqualTo(PurchaseFunnelQuery.fromView(DATABASE.dsl(), tech));
    }

    private static PurchaseFunnelRow funnel(String category, long viewers, long cartAdders, long purchasers,
            String viewToCart, String cartToPurchase, String viewToPurchase) {
        return new PurchaseFunnelRow(Optional.ofNullable(category), viewers, cartAdders, purchasers,
                Optional.ofNullable(viewToCart).map(ReportDataSet::money),
                Optional.ofNullable(cartToPurchase).map(ReportDataSet::money),
                Optional.ofNullable(viewToPurchase).map(ReportDataSet::money));
    }
}
