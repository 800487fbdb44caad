package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.ROLLUP_FOLD;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.report.port.out.Reports;
import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The reports over the reporting views of {@code sql/V2__reporting_views.sql}, one typed query per view; since
 * {@code V10__report_rollups.sql} the views, and the filtered queries that can, read rollups, so a report does not
 * scan the stored events; since {@code V14__rollups_folded_apart.sql} the rollups are exact as of their last fold
 * ({@link PostgresReportCatchUp}). Each report runs in its own read-only transaction and rides out transient
 * database failures like every other adapter call.
 */
public final class PostgresReports implements Reports {

    private final RetryingTransactions transactions;

    public PostgresReports(DatabaseSettings settings) {
        this.transactions = new RetryingTransactions(settings);
    }

    @Override
    public Instant exactAsOf() {
        return read(dsl -> dsl.select(ROLLUP_FOLD.EXACT_AS_OF).from(ROLLUP_FOLD).fetchSingle().value1().toInstant());
    }

    @Override
    public List<EventSummaryRow> eventSummary(ReportQuery query) {
        return read(dsl -> EventSummaryQuery.fetch(dsl, query));
    }

    @Override
    public List<HourlyEventsRow> hourlyEvents(ReportQuery query) {
        return read(dsl -> HourlyEventsQuery.fetch(dsl, query));
    }

    @Override
    public List<PurchaseFunnelRow> purchaseFunnel(ReportQuery query) {
        return read(dsl -> PurchaseFunnelQuery.fetch(dsl, query));
    }

    @Override
    public List<TopProductRow> topProducts(ReportQuery query) {
        return read(dsl -> TopProductsQuery.fetch(dsl, query));
    }

    @Override
    public List<RecentEventRow> recentActivity(ReportQuery query) {
        return read(dsl -> RecentActivityQuery.fetch(dsl, query));
    }

    private <T> T read(Function<DSLContext, T> query) {
        return transactions.inTransaction((connection, dsl) -> {
            connection.setReadOnly(true);
            return query.apply(dsl);
        });
    }
}
