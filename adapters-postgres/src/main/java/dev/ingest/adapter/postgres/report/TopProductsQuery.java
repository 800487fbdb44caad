package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.V_TOP_PRODUCTS;

import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Products by purchase revenue. {@code v_top_products} is the definition and serves category and limit; it has no
 * event time, so a time-filtered list repeats its calculation over {@code user_events} ({@link #fromEvents}), and
 * {@code TopProductsReportIT} requires both to agree.
 */
final class TopProductsQuery {

    private TopProductsQuery() {
    }

    static List<TopProductRow> fetch(DSLContext dsl, ReportQuery query) {
        return query.hasTimeRange() ? fromEvents(dsl, query) : fromView(dsl, query);
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
}
