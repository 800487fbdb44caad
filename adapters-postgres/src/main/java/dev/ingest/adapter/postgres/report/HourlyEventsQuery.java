package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.V_HOURLY_EVENTS;

import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.ReportQuery;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Events per hour and type, straight from {@code v_hourly_events}: the view carries the hour, so the time range
 * selects the hours that start inside it and no second definition is needed.
 */
final class HourlyEventsQuery {

    private HourlyEventsQuery() {
    }

    static List<HourlyEventsRow> fetch(DSLContext dsl, ReportQuery query) {
        var hourly = V_HOURLY_EVENTS;
        var ordered = dsl.select(hourly.EVENT_HOUR, hourly.EVENT_TYPE, hourly.EVENT_COUNT, hourly.UNIQUE_USERS,
                        hourly.TOTAL_VALUE)
                .from(hourly)
                .where(ReportFilters.timeRange(hourly.EVENT_HOUR, query))
                .orderBy(hourly.EVENT_HOUR.desc(), hourly.EVENT_TYPE);
        return ReportFilters.limited(ordered, query.limit()).fetch(r -> new HourlyEventsRow(r.value1(), ReportFilters.eventType(r.value2()), r.value3(),
                r.value4(), r.value5()));
    }
}
