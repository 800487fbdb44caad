package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_CATEGORIES;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_CATEGORY_USERS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_EVENT_SUMMARY;

import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The summary per event type. {@code v_event_summary} is the definition; it has no event time or category to filter
 * on: the summary of one category comes from the same rollups per category ({@link #fromCategoryRollups}), and a
 * summary over a time range repeats the view's calculation over {@code user_events} ({@link #fromEvents}), which reads
 * the events of that range only. {@code EventSummaryReportIT} requires all three to agree.
 */
final class EventSummaryQuery {

    private EventSummaryQuery() {
    }

    static List<EventSummaryRow> fetch(DSLContext dsl, ReportQuery query) {
        if (query.hasTimeRange()) {
            return fromEvents(dsl, query);
        }
        return query.category().map(category -> fromCategoryRollups(dsl, category)).orElseGet(() -> fromView(dsl));
    }

    /** The summary of one category, from its totals and its set of users per event type. */
    static List<EventSummaryRow> fromCategoryRollups(DSLContext dsl, String category) {
        var totals = ROLLUP_TYPE_CATEGORIES;
        var users = ROLLUP_TYPE_CATEGORY_USERS;
        Field<Long> uniqueUsers = DSL.field(dsl.selectCount().from(users)
                .where(users.EVENT_TYPE.eq(totals.EVENT_TYPE).and(users.CATEGORY.eq(totals.CATEGORY))))
                .coerce(SQLDataType.BIGINT);
        return dsl.select(totals.EVENT_TYPE, totals.EVENT_COUNT, uniqueUsers,
                        DSL.round(totals.TOTAL_VALUE.div(totals.EVENT_COUNT), 2), DSL.round(totals.TOTAL_VALUE, 2))
                .from(totals)
                .where(totals.CATEGORY.eq(category))
                .orderBy(totals.EVENT_TYPE)
                .fetch(r -> row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    static List<EventSummaryRow> fromView(DSLContext dsl) {
        var summary = V_EVENT_SUMMARY;
        return dsl.select(summary.EVENT_TYPE, summary.TOTAL_EVENTS, summary.UNIQUE_USERS, summary.AVG_PRICE,
                        summary.TOTAL_VALUE)
                .from(summary)
                .orderBy(summary.EVENT_TYPE)
                .fetch(r -> row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    static List<EventSummaryRow> fromEvents(DSLContext dsl, ReportQuery query) {
        var events = USER_EVENTS;
        Field<Long> totalEvents = DSL.count().coerce(SQLDataType.BIGINT);
        Field<Long> uniqueUsers = DSL.countDistinct(events.USER_ID).coerce(SQLDataType.BIGINT);
        return dsl.select(events.EVENT_TYPE, totalEvents, uniqueUsers, DSL.round(DSL.avg(events.PRICE), 2),
                        DSL.round(DSL.sum(events.PRICE), 2))
                .from(events)
                .where(ReportFilters.onEvents(query))
                .groupBy(events.EVENT_TYPE)
                .orderBy(events.EVENT_TYPE)
                .fetch(r -> row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private static EventSummaryRow row(String type, long events, long users, BigDecimal avgPrice, BigDecimal total) {
        return new EventSummaryRow(ReportFilters.eventType(type), events, users, avgPrice, total);
    }
}
