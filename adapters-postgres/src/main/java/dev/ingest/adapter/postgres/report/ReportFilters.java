package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.ReportQuery;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;

/** The conditions a report query puts on stored events or on a view's columns. */
final class ReportFilters {

    private ReportFilters() {
    }

    /** The query's half-open time range and category on {@code user_events}. */
    static Condition onEvents(ReportQuery query) {
        return timeRange(USER_EVENTS.EVENT_TIMESTAMP, query).and(category(USER_EVENTS.CATEGORY, query.category()));
    }

    /** {@code from <= time < to}, each bound only when given. */
    static Condition timeRange(Field<LocalDateTime> time, ReportQuery query) {
        return query.from().map(time::ge).orElse(DSL.noCondition())
                .and(query.to().map(time::lt).orElse(DSL.noCondition()));
    }

    static Condition category(Field<String> column, Optional<String> category) {
        return category.map(column::eq).orElse(DSL.noCondition());
    }

    /** The select with a LIMIT when the query has one; a report without a limit returns every row. */
    static <R extends Record> ResultQuery<R> limited(SelectLimitStep<R> select, OptionalInt limit) {
        return limit.isPresent() ? select.limit(limit.getAsInt()) : select;
    }

    static EventType eventType(String code) {
        return EventType.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown event type in the database: " + code));
    }
}
