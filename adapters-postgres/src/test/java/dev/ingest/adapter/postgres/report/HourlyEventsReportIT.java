package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.report.ReportDataSet.at;
import static dev.ingest.adapter.postgres.report.ReportDataSet.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.ReportQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HourlyEventsReportIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final HourlyEventsRow ELEVEN_PURCHASE =
            new HourlyEventsRow(at(11, 0), EventType.PURCHASE, 2, 1, money("339.33"));
    private static final HourlyEventsRow ELEVEN_VIEW =
            new HourlyEventsRow(at(11, 0), EventType.VIEW, 2, 2, money("31.49"));
    private static final HourlyEventsRow TEN_CART =
            new HourlyEventsRow(at(10, 0), EventType.ADD_TO_CART, 2, 2, money("358.83"));
    private static final HourlyEventsRow TEN_PURCHASE =
            new HourlyEventsRow(at(10, 0), EventType.PURCHASE, 1, 1, money("333.33"));
    private static final HourlyEventsRow TEN_VIEW =
            new HourlyEventsRow(at(10, 0), EventType.VIEW, 2, 2, money("358.83"));
    private static final HourlyEventsRow NINE_CART =
            new HourlyEventsRow(at(9, 0), EventType.ADD_TO_CART, 1, 1, money("10.00"));
    private static final HourlyEventsRow NINE_PURCHASE =
            new HourlyEventsRow(at(9, 0), EventType.PURCHASE, 1, 1, money("10.00"));
    private static final HourlyEventsRow NINE_VIEW =
            new HourlyEventsRow(at(9, 0), EventType.VIEW, 2, 2, money("20.00"));

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @BeforeAll
    static void insertEvents() {
        ReportDataSet.insert(DATABASE.dsl());
    }

    @Test
    void counts_each_hour_and_type_newest_hour_first() {
        assertThat(reports.hourlyEvents(ReportQuery.unfiltered())).containsExactly(
                ELEVEN_PURCHASE, ELEVEN_VIEW, TEN_CART, TEN_PURCHASE, TEN_VIEW, NINE_CART, NINE_PURCHASE, NINE_VIEW);
    }

    @Test
    void a_limit_keeps_the_newest_rows() {
        assertThat(reports.hourlyEvents(ReportQuery.unfiltered().withLimit(3)))
                .containsExactly(ELEVEN_PURCHASE, ELEVEN_VIEW, TEN_CART);
    }

    @Test
    void a_time_range_selects_the_hours_that_start_inside_it() {
        assertThat(reports.hourlyEvents(ReportQuery.unfiltered().withFrom(at(10, 0)).withTo(at(11, 0))))
                .containsExactly(TEN_CART, TEN_PURCHASE, TEN_VIEW);
        assertThat(reports.hourlyEvents(ReportQuery.unfiltered().withFrom(at(9, 30))))
                .containsExactly(ELEVEN_PURCHASE, ELEVEN_VIEW, TEN_CART, TEN_PURCHASE, TEN_VIEW);
    }
}
