package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.report.ReportDataSet.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.ReportQuery;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmptyReportsIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final ReportQuery ALL = ReportQuery.unfiltered();
    private static final ReportQuery RANGE = ReportQuery.unfiltered().withFrom(at(0, 0)).withTo(at(23, 0));

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @Test
    void an_empty_table_gives_empty_reports_from_the_views_and_from_the_events() {
        for (ReportQuery query : new ReportQuery[] {ALL, RANGE, ALL.withCategory("Home").withLimit(5)}) {
            assertThat(reports.eventSummary(query)).isEmpty();
            assertThat(reports.topProducts(query)).isEmpty();
            assertThat(reports.recentActivity(query)).isEmpty();
        }
        assertThat(reports.hourlyEvents(ALL)).isEmpty();
        assertThat(reports.hourlyEvents(RANGE.withLimit(5))).isEmpty();
    }

    @Test
    void an_empty_table_gives_an_overall_funnel_of_zeros_without_rates() {
        PurchaseFunnelRow zeros = new PurchaseFunnelRow(
                Optional.empty(), 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(reports.purchaseFunnel(ALL)).containsExactly(zeros);
        assertThat(reports.purchaseFunnel(RANGE)).containsExactly(zeros);
        assertThat(reports.purchaseFunnel(ALL.withCategory("Home"))).isEmpty();
    }
}
