package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_DAY_MEMBERS;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_HOUR_MEMBERS;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_MEMBERS;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_USERS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The users of a report query as bitmaps (V12): rows of {@code (event_type, category, user_block, members)}, where a
 * user of a type and category is one set bit of {@code members} in its number's block. The users of a type, of a
 * category or overall, are the bits of the OR of its rows per block, however many rows hold a user. The bit strings
 * and their functions are PostgreSQL's own, which jOOQ's schema simulation does not know, hence plain SQL.
 */
final class UserSets {

    static final Field<String> EVENT_TYPE = DSL.field(DSL.name("event_type"), SQLDataType.VARCHAR(20));
    static final Field<String> CATEGORY = DSL.field(DSL.name("category"), SQLDataType.VARCHAR(100));
    static final Field<Integer> USER_BLOCK = DSL.field(DSL.name("user_block"), SQLDataType.INTEGER);
    static final Field<Object> MEMBERS = DSL.field(DSL.name("members"), SQLDataType.OTHER);
    static final Field<Long> USERS = DSL.field(DSL.name("users"), SQLDataType.BIGINT);

    private UserSets() {
    }

    /** All time, in the query's category if it has one. */
    static Table<?> allTime(DSLContext dsl, ReportQuery query) {
        var sets = ROLLUP_MEMBERS;
        return dsl.select(sets.EVENT_TYPE, sets.CATEGORY, sets.USER_BLOCK, membersOf(sets))
                .from(sets)
                .where(ReportFilters.category(sets.CATEGORY, query.category()))
                .asTable("user_sets");
    }

    /**
     * The query's time range, in its category if it has one: the sets of its whole days and of its other whole
     * hours, and one single-user set per event of its partial hours.
     */
    static Table<?> inRange(DSLContext dsl, ReportQuery query) {
        RangeParts parts = RangeParts.of(query);
        var days = ROLLUP_DAY_MEMBERS;
        var hours = ROLLUP_HOUR_MEMBERS;
        var events = USER_EVENTS;
        var numbers = ROLLUP_USERS;
        return dsl.select(days.EVENT_TYPE, days.CATEGORY, days.USER_BLOCK, membersOf(days))
                .from(days)
                .where(parts.onDays(days.EVENT_DAY).and(ReportFilters.category(days.CATEGORY, query.category())))
                .unionAll(dsl.select(hours.EVENT_TYPE, hours.CATEGORY, hours.USER_BLOCK, membersOf(hours))
                        .from(hours)
                        .where(parts.onHoursBesideDays(hours.EVENT_HOUR)
                                .and(ReportFilters.category(hours.CATEGORY, query.category()))))
                .unionAll(dsl.select(events.EVENT_TYPE, events.CATEGORY,
                                DSL.field("rollup_user_block({0})", SQLDataType.INTEGER, numbers.USER_NUMBER),
                                DSL.field("rollup_user_bit({0})", SQLDataType.OTHER, numbers.USER_NUMBER))
                        .from(events)
                        .join(numbers).on(numbers.USER_ID.eq(events.USER_ID))
                        .where(parts.partialHours(events.EVENT_TIMESTAMP, events.CATEGORY, query)))
                .asTable("user_sets");
    }

    /** The distinct users per event type of the sets, and per category too when {@code perCategory}. */
    static Table<?> count(DSLContext dsl, Table<?> sets, boolean perCategory) {
        List<Field<?>> keys = perCategory ? List.of(EVENT_TYPE, CATEGORY) : List.of(EVENT_TYPE);
        List<Field<?>> setKeys = keys.stream().<Field<?>>map(sets::field).toList();
        Field<Object> members = DSL.field("bit_or({0})", SQLDataType.OTHER, sets.field(MEMBERS)).as(MEMBERS);
        List<Field<?>> blockOf = new ArrayList<>(setKeys);
        blockOf.add(sets.field(USER_BLOCK));
        Table<?> blocks = dsl.select(setKeys).select(members).from(sets).groupBy(blockOf).asTable("blocks");
        List<Field<?>> blockKeys = keys.stream().<Field<?>>map(blocks::field).toList();
        Field<Long> users = DSL.sum(DSL.field("bit_count({0})", SQLDataType.BIGINT, blocks.field(MEMBERS)))
                .cast(SQLDataType.BIGINT).as(USERS);
        return dsl.select(blockKeys).select(users).from(blocks).groupBy(blockKeys).asTable("user_counts");
    }

    /** Of counted users per type, those of one stage of the funnel, 0 when it has none. */
    static Field<Long> stage(Table<?> counts, EventType stage) {
        return DSL.coalesce(DSL.sum(counts.field(USERS)).filterWhere(counts.field(EVENT_TYPE).eq(stage.code())),
                DSL.inline(BigDecimal.ZERO)).cast(SQLDataType.BIGINT);
    }

    private static Field<Object> membersOf(Table<?> sets) {
        return DSL.field(sets.getQualifiedName().append(MEMBERS.getUnqualifiedName()), SQLDataType.OTHER).as(MEMBERS);
    }
}
