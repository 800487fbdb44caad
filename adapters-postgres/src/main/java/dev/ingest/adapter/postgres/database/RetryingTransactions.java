package dev.ingest.adapter.postgres.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Runs units of work each in its own transaction on a pooled connection, retrying the whole transaction on transient
 * failures (see {@link Retrying}). Each unit must therefore be safe to run again from its start.
 */
public final class RetryingTransactions {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, DSLContext dsl) throws Exception;
    }

    static {
        // jOOQ prints a banner and a "tip of the day" on first use; the CLI's output is ours.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DataSource dataSource;
    private final Retrying retrying;

    public RetryingTransactions(DatabaseSettings settings) {
        this.dataSource = ConnectionPools.pool(settings);
        this.retrying = new Retrying(settings);
    }

    /** How many attempts were retried so far, over every unit of work run here. */
    public long retries() {
        return retrying.retries();
    }

    /** Runs the work in one transaction, committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        return retrying.call(() -> attempt(work));
    }

    private <T> T attempt(Work<T> work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection, DSL.using(connection, SQLDialect.POSTGRES));
                connection.commit();
                return result;
            } catch (Exception | Error failure) {
                rollbackQuietly(connection, failure);
                throw failure;
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // The connection is usually gone when the work failed transiently; the first failure is the one to report.
            failure.addSuppressed(rollbackFailure);
        }
    }
}
