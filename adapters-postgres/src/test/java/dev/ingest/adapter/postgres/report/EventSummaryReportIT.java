package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.report.ReportDataSet.at;
import static dev.ingest.adapter.postgres.report.ReportDataSet.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.ReportQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventSummaryReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @BeforeAll
    static void insertEvents() {
        ReportDataSet.insert(DATABASE.dsl());
    }

    @Test
    void summarises_every_event_type_with_averages_rounded_half_up() {
        assertThat(reports.eventSummary(ReportQuery.unfiltered())).containsExactly(
                new EventSummaryRow(EventType.ADD_TO_CART, 3, 3, money("122.94"), money("368.83")),
                new EventSummaryRow(EventType.PURCHASE, 4, 3, money("170.67"), money("682.66")),
                new EventSummaryRow(EventType.VIEW, 6, 4, money("68.39"), money("410.32")));
    }

    @Test
    void a_time_range_includes_its_start_and_excludes_its_end() {
        ReportQuery tenOClockHour = ReportQuery.unfiltered().withFrom(at(10, 5)).withTo(at(11, 0));

        assertThat(reports.eventSummary(tenOClockHour)).containsExactly(
                new EventSummaryRow(EventType.ADD_TO_CART, 2, 2, money("179.42"), money("358.83")),
                new EventSummaryRow(EventType.PURCHASE, 1, 1, money("333.33"), money("333.33")),
                new EventSummaryRow(EventType.VIEW, 2, 2, money("179.42"), money("358.83")));
    }

    @Test
    void a_category_keeps_only_its_events() {
        assertThat(reports.eventSummary(ReportQuery.unfiltered().withCategory("Tech"))).containsExactly(
                new EventSummaryRow(EventType.ADD_TO_CART, 1, 1, money("333.33"), money("333.33")),
                new EventSummaryRow(EventType.PURCHASE, 3, 2, money("224.22"), money("672.66")),
                new EventSummaryRow(EventType.VIEW, 2, 2, money("169.66"), money("339.32")));
    }

    @Test
    void an_open_ended_range_and_a_category_combine() {
        ReportQuery lateTech = ReportQuery.unfiltered().withFrom(at(11, 0)).withCategory("Tech");

        assertThat(reports.eventSummary(lateTech)).containsExactly(
                new EventSummaryRow(EventType.PURCHASE, 2, 1, money("169.67"), money("339.33")),
                new EventSummaryRow(EventType.VIEW, 1, 1, money("5.99"), money("5.99")));
    }

    @Test
    void the_view_and_its_reproduction_over_the_events_agree() {
        assertThat(EventSummaryQuery.fromEvents(DATABASE.dsl(), ReportQuery.unfiltered()))
                .hasSize(3)
                .isEqualTo(EventSummaryQuery.fromView(DATABASE.dsl()));
    }
}
