package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_RECENT_ACTIVITY;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The latest events. {@code v_recent_activity} (the last {@value #VIEW_ROWS}) is the definition and serves any limit
 * up to its size; a category, a time range or a longer list cannot be cut from it, so those repeat its ordering over
 * {@code user_events} ({@link #fromEvents}), and {@code RecentActivityReportIT} requires both to agree.
 */
final class RecentActivityQuery {

    /** The LIMIT in the view's definition; also the length of a recent list asked for without a limit. */
    static final int VIEW_ROWS = 100;

    private RecentActivityQuery() {
    }

    static List<RecentEventRow> fetch(DSLContext dsl, ReportQuery query) {
        int rows = query.limit().orElse(VIEW_ROWS);
        boolean viewServes = !query.hasTimeRange() && query.category().isEmpty() && rows <= VIEW_ROWS;
        return viewServes ? fromView(dsl, rows) : fromEvents(dsl, query);
    }

    static List<RecentEventRow> fromView(DSLContext dsl, int rows) {
        var recent = V_RECENT_ACTIVITY;
        return dsl.select(recent.EVENT_ID, recent.USER_ID, recent.PRODUCT_ID, recent.PRODUCT_NAME, recent.CATEGORY,
                        recent.PRICE, recent.EVENT_TYPE, recent.EVENT_TIMESTAMP)
                .from(recent)
                .orderBy(recent.EVENT_TIMESTAMP.desc(), recent.ID.desc())
                .limit(rows)
                .fetch(r -> row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
    }

    static List<RecentEventRow> fromEvents(DSLContext dsl, ReportQuery query) {
        var events = USER_EVENTS;
        return dsl.select(events.EVENT_ID, events.USER_ID, events.PRODUCT_ID, events.PRODUCT_NAME, events.CATEGORY,
                        events.PRICE, events.EVENT_TYPE, events.EVENT_TIMESTAMP)
                .from(events)
                .where(ReportFilters.onEvents(query))
                .orderBy(events.EVENT_TIMESTAMP.desc(), events.ID.desc())
                .limit(query.limit().orElse(VIEW_ROWS))
                .fetch(r -> row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
    }

    private static RecentEventRow row(String eventId, String userId, String productId, String productName,
            String category, BigDecimal price, String type, LocalDateTime time) {
        return new RecentEventRow(new Event(eventId, userId, productId, productName, category, price,
                ReportFilters.eventType(type), time));
    }
}
