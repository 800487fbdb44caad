package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.report.ReportDataSet.at;
import static dev.ingest.adapter.postgres.report.ReportDataSet.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.ReportQuery;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecentActivityReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @BeforeAll
    static void insertEvents() {
        ReportDataSet.insert(DATABASE.dsl());
    }

    @Test
    void lists_the_newest_events_first_with_every_field() {
        assertThat(reports.recentActivity(ReportQuery.unfiltered().withLimit(3))).containsExactly(
                new RecentEventRow(new Event("e13", "u5", "p2", "Rug", "Home", money("25.50"), EventType.VIEW,
                        at(11, 45))),
                new RecentEventRow(new Event("e12", "u1", "p4", "Cable", "Tech", money("5.99"), EventType.VIEW,
                        at(11, 45))),
                new RecentEventRow(new Event("e11", "u4", "p4", "Cable", "Tech", money("5.99"),
                        EventType.PURCHASE, at(11, 30))));
    }

    @Test
    void without_a_limit_lists_up_to_the_views_hundred() {
        assertThat(eventIds(ReportQuery.unfiltered())).containsExactly(
                "e13", "e12", "e11", "e10", "e09", "e08", "e07", "e06", "e05", "e04", "e03", "e02", "e01");
    }

    @Test
    void a_category_keeps_only_its_events() {
        assertThat(eventIds(ReportQuery.unfiltered().withCategory("Home").withLimit(2))).containsExactly("e13", "e06");
    }

    @Test
    void a_time_range_includes_its_start_and_excludes_its_end() {
        assertThat(eventIds(ReportQuery.unfiltered().withFrom(at(9, 10)).withTo(at(9, 30))))
                .containsExactly("e02", "e01");
    }

    @Test
    void a_limit_beyond_the_views_hundred_reads_the_events() {
        assertThat(eventIds(ReportQuery.unfiltered().withLimit(150))).hasSize(13).startsWith("e13").endsWith("e01");
    }

    @Test
    void the_view_and_its_reproduction_over_the_events_agree() {
        assertThat(RecentActivityQuery.fromEvents(DATABASE.dsl(), ReportQuery.unfiltered()))
                .hasSize(13)
                .isEqualTo(RecentActivityQuery.fromView(DATABASE.dsl(), RecentActivityQuery.VIEW_ROWS));
    }

    private List<String> eventIds(ReportQuery query) {
        return reports.recentActivity(query).stream().map(row -> row.event().eventId()).toList();
    }
}
