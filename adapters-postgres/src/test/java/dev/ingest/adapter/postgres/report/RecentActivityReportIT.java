package dev.ingest.adapter.postgres.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.ReportDataSet;
import dev.ingest.domain.report.ReportQuery;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The recent list's view, which holds the last hundred events, and its reproduction over the events agree, and a
 * longer list reads the events; what the list holds is in the reports contract.
 */
class RecentActivityReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @BeforeAll
    static void insertEvents() {
        UserEventsTable.replaceWith(DATABASE.dsl(), ReportDataSet.EVENTS);
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
