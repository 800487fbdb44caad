package dev.ingest.adapter.postgres.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.ReportDataSet;
import dev.ingest.domain.report.ReportQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The top products' view and its reproduction over the events agree; what they hold is in the reports contract. */
class TopProductsReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @BeforeAll
    static void insertEvents() {
        UserEventsTable.replaceWith(DATABASE.dsl(), ReportDataSet.EVENTS);
    }

    @Test
    void the_view_and_its_reproduction_over_the_events_agree() {
        assertThat(TopProductsQuery.fromEvents(DATABASE.dsl(), ReportQuery.unfiltered()))
                .hasSize(3)
                .isEqualTo(TopProductsQuery.fromView(DATABASE.dsl(), ReportQuery.unfiltered()));
    }
}
