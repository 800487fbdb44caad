package dev.ingest.adapter.postgres.report;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.report.port.out.ReportCatchUp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.exception.DataAccessException;

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

    private static final String UNDEFINED_FUNCTION = "42883";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Override
    public Instant catchUp() {
        try {
            return transactions.inTransaction((connection, dsl) -> {
                // The read-only role's transactions are read-only by default; its grants alone keep it from writing.
                dsl.execute("SET TRANSACTION READ WRITE");
                return dsl.fetchSingle("SELECT rollups_fold_committed()").get(0, OffsetDateTime.class).toInstant();
            });
        } catch (DataAccessException e) {
            throw switch (String.valueOf(e.sqlState())) {
                case UNDEFINED_FUNCTION -> new IllegalStateException("the database has no ingest schema of version 14"
                        + " or later (run `ingest migrate`): " + e.getMessage().lines().findFirst().orElse(""), e);
                case INSUFFICIENT_PRIVILEGE -> new IllegalStateException("the role may not catch the reports up (run"
                        + " its script in sql/roles/ again after `ingest migrate`): "
                        + e.getMessage().lines().findFirst().orElse(""), e);
                default -> e;
            };
        }
    }
}
