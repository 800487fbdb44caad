package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_PURCHASE_FUNNEL;

import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The purchase funnel, overall and per category. {@code v_purchase_funnel} is the definition; it has no event time,
 * so a time-filtered funnel counts the users of each stage from the range's sets of users ({@link #fromHourRollups}). {@link #fromEvents} is the view's
 * calculation over {@code user_events}; {@code PurchaseFunnelReportIT} and {@code ReportRollupsIT} require them all
 * to agree. A category filter keeps only that category's row.
 */
final class PurchaseFunnelQuery {

    private static final BigDecimal PERCENT = new BigDecimal("100.0");

    private PurchaseFunnelQuery() {
    }

    static List<PurchaseFunnelRow> fetch(DSLContext dsl, ReportQuery query) {
        return query.hasTimeRange() ? fromHourRollups(dsl, query) : fromView(dsl, query);
    }

    static List<PurchaseFunnelRow> fromView(DSLContext dsl, ReportQuery query) {
        var funnel = V_PURCHASE_FUNNEL;
        return dsl.select(funnel.CATEGORY, funnel.VIEWERS, funnel.CART_ADDERS, funnel.PURCHASERS,
                        funnel.VIEW_TO_CART_RATE, funnel.CART_TO_PURCHASE_RATE, funnel.VIEW_TO_PURCHASE_RATE)
                .from(funnel)
                .where(ReportFilters.category(funnel.CATEGORY, query.category()))
                .orderBy(funnel.CATEGORY.asc().nullsFirst())
                .fetch(r -> row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    static List<PurchaseFunnelRow> fromEvents(DSLContext dsl, ReportQuery query) {
        return fromStages(dsl, stages(dsl, query).asTable());
    }

    static List<PurchaseFunnelRow> fromHourRollups(DSLContext dsl, ReportQuery query) {
        return fromStages(dsl, activeStages(dsl, query).asTable());
    }

    private static List<PurchaseFunnelRow> fromStages(DSLContext dsl, Table<?> stages) {
        Field<String> category = stages.field(V_PURCHASE_FUNNEL.CATEGORY);
        Field<Long> viewers = stages.field(V_PURCHASE_FUNNEL.VIEWERS);
        Field<Long> cartAdders = stages.field(V_PURCHASE_FUNNEL.CART_ADDERS);
        Field<Long> purchasers = stages.field(V_PURCHASE_FUNNEL.PURCHASERS);
        return dsl.select(category, viewers, cartAdders, purchasers,
                        rate(cartAdders, viewers), rate(purchasers, cartAdders), rate(purchasers, viewers))
                .from(stages)
                .orderBy(category.asc().nullsFirst())
                .fetch(r -> row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Distinct users per stage: all categories (category NULL) unless one is asked for, then per category. */
    private static Select<Record4<String, Long, Long, Long>> stages(DSLContext dsl, ReportQuery query) {
        var events = USER_EVENTS;
        var perCategory = dsl.select(events.CATEGORY.as(V_PURCHASE_FUNNEL.CATEGORY), viewers(), cartAdders(), purchasers())
                .from(events)
                .where(ReportFilters.onEvents(query))
                .groupBy(events.CATEGORY);
        if (query.category().isPresent()) {
            return perCategory;
        }
        return dsl.select(DSL.castNull(SQLDataType.VARCHAR(100)).as(V_PURCHASE_FUNNEL.CATEGORY),
                        viewers(), cartAdders(), purchasers())
                .from(events)
                .where(ReportFilters.onEvents(query))
                .unionAll(perCategory);
    }

    /**
     * Distinct users per stage in the time range, from its sets of users ({@link UserSets#inRange}): overall (category
     * NULL; one row even when there are none) unless one category is asked for, then per category.
     */
    private static Select<Record4<String, Long, Long, Long>> activeStages(DSLContext dsl, ReportQuery query) {
        Table<?> sets = UserSets.inRange(dsl, query);
        Table<?> perCategoryUsers = UserSets.count(dsl, sets, true);
        var perCategory = dsl.select(perCategoryUsers.field(UserSets.CATEGORY).as(V_PURCHASE_FUNNEL.CATEGORY),
                        stage(perCategoryUsers, EventType.VIEW, V_PURCHASE_FUNNEL.VIEWERS),
                        stage(perCategoryUsers, EventType.ADD_TO_CART, V_PURCHASE_FUNNEL.CART_ADDERS),
                        stage(perCategoryUsers, EventType.PURCHASE, V_PURCHASE_FUNNEL.PURCHASERS))
                .from(perCategoryUsers)
                .groupBy(perCategoryUsers.field(UserSets.CATEGORY));
        if (query.category().isPresent()) {
            return perCategory;
        }
        Table<?> overallUsers = UserSets.count(dsl, sets, false);
        return dsl.select(DSL.castNull(SQLDataType.VARCHAR(100)).as(V_PURCHASE_FUNNEL.CATEGORY),
                        stage(overallUsers, EventType.VIEW, V_PURCHASE_FUNNEL.VIEWERS),
                        stage(overallUsers, EventType.ADD_TO_CART, V_PURCHASE_FUNNEL.CART_ADDERS),
                        stage(overallUsers, EventType.PURCHASE, V_PURCHASE_FUNNEL.PURCHASERS))
                .from(overallUsers)
                .unionAll(perCategory);
    }

    private static Field<Long> stage(Table<?> users, EventType stage, Field<Long> name) {
        return UserSets.stage(users, stage).as(name);
    }

    private static Field<Long> viewers() {
        return usersWho(EventType.VIEW).as(V_PURCHASE_FUNNEL.VIEWERS);
    }

    private static Field<Long> cartAdders() {
        return usersWho(EventType.ADD_TO_CART).as(V_PURCHASE_FUNNEL.CART_ADDERS);
    }

    private static Field<Long> purchasers() {
        return usersWho(EventType.PURCHASE).as(V_PURCHASE_FUNNEL.PURCHASERS);
    }

    private static Field<Long> usersWho(EventType type) {
        var events = USER_EVENTS;
        return DSL.countDistinct(DSL.when(events.EVENT_TYPE.eq(type.code()), events.USER_ID))
                .coerce(SQLDataType.BIGINT);
    }

    /** {@code later} as a percentage of {@code earlier}, rounded to 2 decimals; NULL when {@code earlier} is 0. */
    private static Field<BigDecimal> rate(Field<Long> later, Field<Long> earlier) {
        return DSL.round(DSL.inline(PERCENT).mul(later).div(DSL.nullif(earlier, 0L)), 2);
    }

    private static PurchaseFunnelRow row(String category, long viewers, long cartAdders, long purchasers,
            BigDecimal viewToCart, BigDecimal cartToPurchase, BigDecimal viewToPurchase) {
        return new PurchaseFunnelRow(Optional.ofNullable(category), viewers, cartAdders, purchasers,
                Optional.ofNullable(viewToCart), Optional.ofNullable(cartToPurchase), Optional.ofNullable(viewToPurchase));
    }
}
