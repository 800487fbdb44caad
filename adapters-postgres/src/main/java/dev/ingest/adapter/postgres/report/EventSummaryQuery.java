package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_HOUR_CATEGORIES;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_CATEGORIES;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_CATEGORY_USERS;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_USERS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_EVENT_SUMMARY;

import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The summary per event type. {@code v_event_summary} is the definition; it has no event time or category to filter
 * on: the summary of one category comes from the same rollups per category ({@link #fromCategoryRollups}), and a
 * summary over a time range from the rollups per hour and the hours each user was active ({@link #fromHourRollups}).
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

    /**
     * Counts and sums of the whole hours in the range plus those of the events in its partial hours; the users active
     * in the whole hours (by their sets' active hours) united with those of the partial hours' events.
     */
    static List<EventSummaryRow> fromHourRollups(DSLContext dsl, ReportQuery query) {
        var hours = ROLLUP_HOUR_CATEGORIES;
        var events = USER_EVENTS;
        WholeHours whole = WholeHours.of(query);
        Condition partialHours = whole.partialHours(events.EVENT_TIMESTAMP, events.CATEGORY, query);
        Table<?> parts = dsl.select(hours.EVENT_TYPE, hours.EVENT_COUNT, hours.TOTAL_VALUE)
                .from(hours)
                .where(whole.onHours(hours.EVENT_HOUR).and(ReportFilters.category(hours.CATEGORY, query.category())))
                .unionAll(dsl.select(events.EVENT_TYPE, DSL.inline(1L), events.PRICE).from(events).where(partialHours))
                .asTable("parts");
        Field<String> partType = parts.field(hours.EVENT_TYPE);
        Field<Long> eventCount = DSL.sum(parts.field(hours.EVENT_COUNT)).cast(SQLDataType.BIGINT).as("event_count");
        Field<BigDecimal> totalValue = DSL.sum(parts.field(hours.TOTAL_VALUE)).as("total_value");
        Table<?> totals = dsl.select(partType, eventCount, totalValue).from(parts).groupBy(partType).asTable("totals");

        Table<?> userSets = query.category().isPresent() ? ROLLUP_TYPE_CATEGORY_USERS : ROLLUP_TYPE_USERS;
        Field<String> setType = userSets.field("event_type", String.class);
        Field<String> setUser = userSets.field("user_id", String.class);
        Condition inCategory = query.category().isPresent()
                ? ReportFilters.category(ROLLUP_TYPE_CATEGORY_USERS.CATEGORY, query.category()) : DSL.noCondition();
        Table<?> active = dsl.select(setType, setUser).from(userSets).where(whole.activeIn(userSets).and(inCategory))
                .union(dsl.select(events.EVENT_TYPE, events.USER_ID).from(events).where(partialHours))
                .asTable("active");
        Field<String> activeType = active.field(ROLLUP_TYPE_USERS.EVENT_TYPE);
        Field<Long> uniqueUsers = DSL.count().coerce(SQLDataType.BIGINT).as("unique_users");
        Table<?> users = dsl.select(activeType, uniqueUsers).from(active).groupBy(activeType).asTable("users");

        Field<String> type = totals.field(partType);
        Field<Long> totalEvents = totals.field(eventCount);
        Field<BigDecimal> total = totals.field(totalValue);
        return dsl.select(type, totalEvents, users.field(uniqueUsers), DSL.round(total.div(totalEvents), 2),
                        DSL.round(total, 2))
                .from(totals)
                .join(users).on(users.field(activeType).eq(type))
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
