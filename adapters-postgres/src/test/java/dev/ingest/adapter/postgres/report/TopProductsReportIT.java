package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.report.ReportDataSet.at;
import static dev.ingest.adapter.postgres.report.ReportDataSet.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TopProductsReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final TopProductRow PHONE = new TopProductRow("p3", "Phone", "Tech", 2, money("666.67"));
    private static final TopProductRow LAMP = new TopProductRow("p1", "Lamp", "Home", 1, money("10.00"));
    private static final TopProductRow CABLE = new TopProductRow("p4", "Cable", "Tech", 1, money("5.99"));

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @BeforeAll
    static void insertEvents() {
        ReportDataSet.insert(DATABASE.dsl());
    }

    @Test
    void lists_purchased_products_by_revenue() {
        assertThat(reports.topProducts(ReportQuery.unfiltered())).containsExactly(PHONE, LAMP, CABLE);
    }

    @Test
    void a_limit_keeps_the_top_n() {
        assertThat(reports.topProducts(ReportQuery.unfiltered().withLimit(2))).containsExactly(PHONE, LAMP);
    }

    @Test
    void a_category_keeps_only_its_products() {
        assertThat(reports.topProducts(ReportQuery.unfiltered().withCategory("Home"))).containsExactly(LAMP);
        assertThat(reports.topProducts(ReportQuery.unfiltered().withCategory("Tech").withLimit(1)))
                .containsExactly(PHONE);
    }

    @Test
    void a_time_range_counts_only_the_purchases_inside_it() {
        assertThat(reports.topProducts(ReportQuery.unfiltered().withFrom(at(10, 30)))).containsExactly(
                new TopProductRow("p3", "Phone", "Tech", 1, money("333.34")),
                CABLE);
        assertThat(reports.topProducts(ReportQuery.unfiltered().withFrom(at(9, 0)).withTo(at(11, 0)).withLimit(1)))
                .containsExactly(new TopProductRow("p3", "Phone", "Tech", 1, money("333.33")));
    }

    @Test
    void the_view_and_its_reproduction_over_the_events_agree() {
        assertThat(TopProductsQuery.fromEvents(DATABASE.dsl(), ReportQuery.unfiltered()))
                .hasSize(3)
                .isEqualTo(TopProductsQuery.fromView(DATABASE.dsl(), ReportQuery.unfiltered()));
    }
}
