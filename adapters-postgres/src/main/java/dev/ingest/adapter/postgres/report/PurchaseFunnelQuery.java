package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_CATEGORY_USERS;
import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_TYPE_USERS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_PURCHASE_FUNNEL;

import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The purchase funnel, overall and per category. {@code v_purchase_funnel} is the definition; it has no event time,
 * so a time-filtered funnel counts the users of each stage from the hours each was active (kept with the users' sets)
 * and the events of the range's partial hours ({@link #fromHourRollups}). {@link #fromEvents} is the view's
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
     * Distinct users per stage in the time range: those whose set rows were active in its whole hours, united with
     * those of the events in its partial hours; overall (category NULL) unless one category is asked for, then per
     * category.
     */
    private static Select<Record4<String, Long, Long, Long>> activeStages(DSLContext dsl, ReportQuery query) {
        var events = USER_EVENTS;
        var perCategorySets = ROLLUP_TYPE_CATEGORY_USERS;
        WholeHours whole = WholeHours.of(query);
        Condition partialHours = whole.partialHours(events.EVENT_TIMESTAMP, events.CATEGORY, query);
        Table<?> perCategoryActive = dsl.select(perCategorySets.EVENT_TYPE, perCategorySets.CATEGORY,
                        perCategorySets.USER_ID)
                .from(perCategorySets)
                .where(whole.activeIn(perCategorySets)
                        .and(ReportFilters.category(perCategorySets.CATEGORY, query.category())))
                .union(dsl.select(events.EVENT_TYPE, events.CATEGORY, events.USER_ID).from(events).where(partialHours))
                .asTable("active");
        Field<String> category = perCategoryActive.field(perCategorySets.CATEGORY);
        Field<String> type = perCategoryActive.field(perCategorySets.EVENT_TYPE);
        var perCategory = dsl.select(category.as(V_PURCHASE_FUNNEL.CATEGORY), stage(type, EventType.VIEW,
                        V_PURCHASE_FUNNEL.VIEWERS), stage(type, EventType.ADD_TO_CART, V_PURCHASE_FUNNEL.CART_ADDERS),
                        stage(type, EventType.PURCHASE, V_PURCHASE_FUNNEL.PURCHASERS))
                .from(perCategoryActive)
                .groupBy(category);
        if (query.category().isPresent()) {
            return perCategory;
        }
        var overallSets = ROLLUP_TYPE_USERS;
        Table<?> overallActive = dsl.select(overallSets.EVENT_TYPE, overallSets.USER_ID)
                .from(overallSets)
                .where(whole.activeIn(overallSets))
                .union(dsl.select(events.EVENT_TYPE, events.USER_ID).from(events).where(partialHours))
                .asTable("active_overall");
        Field<String> overallType = overallActive.field(overallSets.EVENT_TYPE);
        return dsl.select(DSL.castNull(SQLDataType.VARCHAR(100)).as(V_PURCHASE_FUNNEL.CATEGORY),
                        stage(overallType, EventType.VIEW, V_PURCHASE_FUNNEL.VIEWERS),
                        stage(overallType, EventType.ADD_TO_CART, V_PURCHASE_FUNNEL.CART_ADDERS),
                        stage(overallType, EventType.PURCHASE, V_PURCHASE_FUNNEL.PURCHASERS))
                .from(overallActive)
                .unionAll(perCategory);
    }

    /** The active users of one stage: rows of that event type, each a distinct user already. */
    private static Field<Long> stage(Field<String> type, EventType stage, Field<Long> name) {
        return DSL.count().filterWhere(type.eq(stage.code())).coerce(SQLDataType.BIGINT).as(name);
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
