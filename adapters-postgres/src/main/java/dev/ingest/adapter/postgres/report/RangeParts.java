package dev.ingest.adapter.postgres.report;

import dev.ingest.domain.report.ReportQuery;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A report's time range cut into what the rollups answer for: its whole hours, from the first hour that starts at or
 * after the range's start to the last that ends at or before its end (open where the range is; none when the range
 * lies within one hour or across the boundary of two), and among them its whole days. The events of the partial
 * hours at either end are read from {@code user_events} ({@link #partialHours}).
 */
record RangeParts(Optional<LocalDateTime> firstHour, Optional<LocalDateTime> endHour,
        Optional<LocalDateTime> firstDay, Optional<LocalDateTime> endDay) {

    static RangeParts of(ReportQuery query) {
        Optional<LocalDateTime> firstHour = query.from().map(from -> ceiling(from, ChronoUnit.HOURS));
        Optional<LocalDateTime> endHour = query.to().map(to -> to.truncatedTo(ChronoUnit.HOURS));
        Optional<LocalDateTime> firstDay = query.from().map(from -> ceiling(from, ChronoUnit.DAYS));
        Optional<LocalDateTime> endDay = query.to().map(to -> to.truncatedTo(ChronoUnit.DAYS));
        return new RangeParts(firstHour, endHour, firstDay, endDay);
    }

    boolean noHours() {
        return empty(firstHour, endHour);
    }

    boolean noDays() {
        return empty(firstDay, endDay);
    }

    /** {@code firstHour <= time < endHour}: an hour of the rollups, or an event inside one of the whole hours. */
    Condition onHours(Field<LocalDateTime> time) {
        return noHours() ? DSL.falseCondition() : between(time, firstHour, endHour);
    }

    /** {@code firstDay <= day < endDay}: a day of the rollups inside the range. */
    Condition onDays(Field<LocalDateTime> day) {
        return noDays() ? DSL.falseCondition() : between(day, firstDay, endDay);
    }

    /** The whole hours outside the whole days: those before the first whole day and those after the last. */
    Condition onHoursBesideDays(Field<LocalDateTime> hour) {
        if (noDays()) {
            return onHours(hour);
        }
        Condition head = firstDay.isPresent() ? between(hour, firstHour, firstDay) : DSL.falseCondition();
        Condition tail = endDay.isPresent() ? between(hour, endDay, endHour) : DSL.falseCondition();
        return head.or(tail);
    }

    /**
     * The query's events outside the whole hours: {@code from <= time < firstHour} and {@code endHour <= time < to},
     * written as two ranges so that each reads the time index for its own hour at most (a NOT of the whole hours
     * would scan the range's every event), and in the query's category.
     */
    Condition partialHours(Field<LocalDateTime> time, Field<String> category, ReportQuery query) {
        Condition inCategory = ReportFilters.category(category, query.category());
        if (noHours()) {
            return ReportFilters.timeRange(time, query).and(inCategory);
        }
        Condition head = query.from().filter(from -> !from.equals(firstHour.orElseThrow()))
                .map(from -> time.ge(from).and(time.lt(firstHour.orElseThrow())))
                .orElse(DSL.falseCondition());
        Condition tail = query.to().filter(to -> !to.equals(endHour.orElseThrow()))
                .map(to -> time.ge(endHour.orElseThrow()).and(time.lt(to)))
                .orElse(DSL.falseCondition());
        return head.or(tail).and(inCategory);
    }

    private static Condition between(Field<LocalDateTime> time, Optional<LocalDateTime> first,
            Optional<LocalDateTime> end) {
        return first.map(time::ge).orElse(DSL.noCondition()).and(end.map(time::lt).orElse(DSL.noCondition()));
    }

    private static boolean empty(Optional<LocalDateTime> first, Optional<LocalDateTime> end) {
        return first.isPresent() && end.isPresent() && !first.get().isBefore(end.get());
    }

    private static LocalDateTime ceiling(LocalDateTime time, ChronoUnit unit) {
        LocalDateTime start = time.truncatedTo(unit);
        return start.equals(time) ? start : start.plus(1, unit);
    }
}
