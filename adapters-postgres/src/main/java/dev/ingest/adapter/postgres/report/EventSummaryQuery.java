package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_HOUR_CATEGORIES;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_CATEGORIES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_EVENT_SUMMARY;

import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The summary per event type. {@code v_event_summary} is the definition; it has no event time or category to filter
 * on: the summary of one category comes from the same rollups per category ({@link #fromCategoryRollups}), and a
 * summary over a time range from the rollups per hour and the range's sets of users ({@link #fromHourRollups}).
 * {@link #fromEvents} is the view's calculation over {@code user_events}; {@code EventSummaryReportIT} and
 * {@code ReportRollupsIT} require them all to agree.
 */
final class EventSummaryQuery {

    private EventSummaryQuery() {
    }

    static List<EventSummaryRow> fetch(DSLContext dsl, ReportQuery query) {
        if (query.hasTimeRange()) {
            return fromHourRollups(dsl, query);
        }
        return query.category().isPresent() ? fromCategoryRollups(dsl, query) : fromView(dsl);
    }

    /** The summary of one category, from its totals and its sets of users per event type. */
    static List<EventSummaryRow> fromCategoryRollups(DSLContext dsl, ReportQuery query) {
        var totals = ROLLUP_TYPE_CATEGORIES;
        Table<?> users = UserSets.count(dsl, UserSets.allTime(dsl, query), false);
        return dsl.select(totals.EVENT_TYPE, totals.EVENT_COUNT, users.field(UserSets.USERS),
                        DSL.round(totals.TOTAL_VALUE.div(totals.EVENT_COUNT), 2), DSL.round(totals.TOTAL_VALUE, 2))
                .from(totals)
                .join(users).on(users.field(UserSets.EVENT_TYPE).eq(totals.EVENT_TYPE))
                .where(ReportFilters.category(totals.CATEGORY, query.category()))
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

    /**
     * Counts and sums of the whole hours in the range plus those of the events in its partial hours; the users of the
     * range's sets ({@link UserSets#inRange}).
     */
    static List<EventSummaryRow> fromHourRollups(DSLContext dsl, ReportQuery query) {
        var hours = ROLLUP_HOUR_CATEGORIES;
        var events = USER_EVENTS;
        RangeParts parts = RangeParts.of(query);
        Table<?> counted = dsl.select(hours.EVENT_TYPE, hours.EVENT_COUNT, hours.TOTAL_VALUE)
                .from(hours)
                .where(parts.onHours(hours.EVENT_HOUR).and(ReportFilters.category(hours.CATEGORY, query.category())))
                .unionAll(dsl.select(events.EVENT_TYPE, DSL.inline(1L), events.PRICE)
                        .from(events)
                        .where(parts.partialHours(events.EVENT_TIMESTAMP, events.CATEGORY, query)))
                .asTable("counted");
        Field<String> countedType = counted.field(hours.EVENT_TYPE);
        Field<Long> eventCount = DSL.sum(counted.field(hours.EVENT_COUNT)).cast(SQLDataType.BIGINT).as("event_count");
        Field<BigDecimal> totalValue = DSL.sum(counted.field(hours.TOTAL_VALUE)).as("total_value");
        Table<?> totals = dsl.select(countedType, eventCount, totalValue)
                .from(counted)
                .groupBy(countedType)
                .asTable("totals");
        Table<?> users = UserSets.count(dsl, UserSets.inRange(dsl, query), false);

        Field<String> type = totals.field(countedType);
        Field<Long> totalEvents = totals.field(eventCount);
        Field<BigDecimal> total = totals.field(totalValue);
        return dsl.select(type, totalEvents, users.field(UserSets.USERS), DSL.round(total.div(totalEvents), 2),
                        DSL.round(total, 2))
                .from(totals)
                .join(users).on(users.field(UserSets.EVENT_TYPE).eq(type))
                .orderBy(type)
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
