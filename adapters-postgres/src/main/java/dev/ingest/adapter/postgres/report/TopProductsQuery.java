package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_HOUR_PURCHASES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_TOP_PRODUCTS;

import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Products by purchase revenue. {@code v_top_products} is the definition and serves category and limit; it has no
 * event time, so a time-filtered list adds up the purchases per hour and product of the whole hours in the range and
 * the purchases themselves of the partial hours at its ends ({@link #fromHourRollups}). {@link #fromEvents} is the
 * view's calculation over {@code user_events}, and {@code TopProductsReportIT} requires all three to agree.
 */
final class TopProductsQuery {

    private TopProductsQuery() {
    }

    static List<TopProductRow> fetch(DSLContext dsl, ReportQuery query) {
        return query.hasTimeRange() ? fromHourRollups(dsl, query) : fromView(dsl, query);
    }

    static List<TopProductRow> fromView(DSLContext dsl, ReportQuery query) {
        var top = V_TOP_PRODUCTS;
        var ordered = dsl.select(top.PRODUCT_ID, top.PRODUCT_NAME, top.CATEGORY, top.PURCHASE_COUNT, top.REVENUE)
                .from(top)
                .where(ReportFilters.category(top.CATEGORY, query.category()))
                .orderBy(top.REVENUE.desc(), top.PURCHASE_COUNT.desc(), top.PRODUCT_ID);
        return ReportFilters.limited(ordered, query.limit())
                .fetch(r -> new TopProductRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    static List<TopProductRow> fromEvents(DSLContext dsl, ReportQuery query) {
        var events = USER_EVENTS;
        Field<Long> purchaseCount = DSL.count().coerce(SQLDataType.BIGINT);
        Field<BigDecimal> revenue = DSL.round(DSL.sum(events.PRICE), 2);
        var ordered = dsl.select(events.PRODUCT_ID, events.PRODUCT_NAME, events.CATEGORY, purchaseCount, revenue)
                .from(events)
                .where(events.EVENT_TYPE.eq(EventType.PURCHASE.code()).and(ReportFilters.onEvents(query)))
                .groupBy(events.PRODUCT_ID, events.PRODUCT_NAME, events.CATEGORY)
                .orderBy(revenue.desc(), purchaseCount.desc(), events.PRODUCT_ID);
        return ReportFilters.limited(ordered, query.limit())
                .fetch(r -> new TopProductRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    static List<TopProductRow> fromHourRollups(DSLContext dsl, ReportQuery query) {
        var hours = ROLLUP_HOUR_PURCHASES;
        var events = USER_EVENTS;
        RangeParts whole = RangeParts.of(query);
        var inWholeHours = dsl.select(hours.PRODUCT_ID, hours.PRODUCT_NAME, hours.CATEGORY, hours.PURCHASE_COUNT,
                        hours.REVENUE)
                .from(hours)
                .where(whole.onHours(hours.EVENT_HOUR)
                        .and(ReportFilters.category(hours.CATEGORY, query.category())));
        var inPartialHours = dsl.select(events.PRODUCT_ID, events.PRODUCT_NAME, events.CATEGORY, DSL.inline(1L),
                        events.PRICE)
                .from(events)
                .where(events.EVENT_TYPE.eq(EventType.PURCHASE.code())
                        .and(whole.partialHours(events.EVENT_TIMESTAMP, events.CATEGORY, query)));
        Table<?> purchases = inWholeHours.unionAll(inPartialHours).asTable("purchases");
        Field<String> productId = purchases.field(hours.PRODUCT_ID);
        Field<String> productName = purchases.field(hours.PRODUCT_NAME);
        Field<String> category = purchases.field(hours.CATEGORY);
        Field<Long> purchaseCount = DSL.sum(purchases.field(hours.PURCHASE_COUNT)).cast(SQLDataType.BIGINT);
        Field<BigDecimal> revenue = DSL.round(DSL.sum(purchases.field(hours.REVENUE)), 2);
        var ordered = dsl.select(productId, productName, category, purchaseCount, revenue)
                .from(purchases)
                .groupBy(productId, productName, category)
                .orderBy(revenue.desc(), purchaseCount.desc(), productId);
        return ReportFilters.limited(ordered, query.limit())
                .fetch(r -> new TopProductRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
