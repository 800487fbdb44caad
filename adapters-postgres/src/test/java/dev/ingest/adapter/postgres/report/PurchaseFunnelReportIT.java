package dev.ingest.adapter.postgres.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.ReportDataSet;
import dev.ingest.domain.report.ReportQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The funnel's view and its reproduction over the events agree; what the funnel holds is in the reports contract. */
class PurchaseFunnelReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @BeforeAll
    static void insertEvents() {
        UserEventsTable.replaceWith(DATABASE.dsl(), ReportDataSet.EVENTS);
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
}
