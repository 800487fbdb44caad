package dev.ingest.adapter.postgres.report;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.report.port.out.ReportCatchUp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The rollups' fold of {@code sql/V14__rollups_folded_apart.sql}: one call folds every event committed since the last
 * one that no running transaction can still precede, as the schema's owner, and answers the time the rollups are exact
 * as of.
 */
public final class PostgresReportCatchUp implements ReportCatchUp {

    private final RetryingTransactions transactions;

    public PostgresReportCatchUp(DatabaseSettings settings) {
        this.transactions = new RetryingTransactions(settings);
    }

    @Override
    public Instant catchUp() {
        return transactions.inTransaction((connection, dsl) -> {
            // The read-only role's transactions are read-only by default; its grants alone keep it from writing.
            dsl.execute("SET TRANSACTION READ WRITE");
            return dsl.fetchSingle("SELECT rollups_fold_committed()").get(0, OffsetDateTime.class).toInstant();
        });
    }
}
