package dev.ingest.adapter.postgres.report;

import dev.ingest.domain.report.ReportQuery;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The whole hours of a report's time range, which the hourly rollups answer for: from the first hour that starts at
 * or after the range's start to the last that ends at or before its end (open where the range is). None when the
 * range lies within one hour or across the boundary of two. The events of the partial hours at either end are read
 * from {@code user_events} ({@link #partialHours}).
 */
record WholeHours(Optional<LocalDateTime> first, Optional<LocalDateTime> end, boolean none) {

    static WholeHours of(ReportQuery query) {
        Optional<LocalDateTime> first = query.from().map(WholeHours::ceilingHour);
        Optional<LocalDateTime> end = query.to().map(to -> to.truncatedTo(ChronoUnit.HOURS));
        boolean none = first.isPresent() && end.isPresent() && !first.get().isBefore(end.get());
        return new WholeHours(first, end, none);
    }

    /** {@code first <= time < end}: an hour of the rollups, or an event inside one of these hours. */
    Condition onHours(Field<LocalDateTime> time) {
        if (none) {
            return DSL.falseCondition();
        }
        return first.map(time::ge).orElse(DSL.noCondition()).and(end.map(time::lt).orElse(DSL.noCondition()));
    }

    /**
     * The query's events outside the whole hours: {@code from <= time < first} and {@code end <= time < to}, written
     * as two ranges so that each reads the time index for its own hour at most (a NOT of the whole hours would scan
     * the range's every event), and in the query's category.
     */
    Condition partialHours(Field<LocalDateTime> time, Field<String> category, ReportQuery query) {
        Condition inCategory = ReportFilters.category(category, query.category());
        if (none) {
            return ReportFilters.timeRange(time, query).and(inCategory);
        }
        Condition head = query.from().filter(from -> !from.equals(first.orElseThrow()))
                .map(from -> time.ge(from).and(time.lt(first.orElseThrow())))
                .orElse(DSL.falseCondition());
        Condition tail = query.to().filter(to -> !to.equals(end.orElseThrow()))
                .map(to -> time.ge(end.orElseThrow()).and(time.lt(to)))
                .orElse(DSL.falseCondition());
        return head.or(tail).and(inCategory);
    }

    /**
     * A user set's row was active in one of these hours: its {@code active_hours} (a {@code tsmultirange}, which
     * jOOQ's schema simulation does not know, hence plain SQL) overlaps them.
     */
    Condition activeIn(Table<?> users) {
        if (none) {
            return DSL.falseCondition();
        }
        return DSL.condition("{0} && tsrange(CAST({1} AS timestamp), CAST({2} AS timestamp))",
                DSL.field(users.getQualifiedName().append("active_hours")),
                DSL.val(first.orElse(null), SQLDataType.LOCALDATETIME),
                DSL.val(end.orElse(null), SQLDataType.LOCALDATETIME));
    }

    private static LocalDateTime ceilingHour(LocalDateTime time) {
        LocalDateTime hour = time.truncatedTo(ChronoUnit.HOURS);
        return hour.equals(time) ? hour : hour.plusHours(1);
    }
}
