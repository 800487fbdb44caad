package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.CloseableDSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Holds an exclusive lock on a table so that writers queue behind it, which turns races into deterministic tests:
 * wait until the expected sessions are blocked, optionally terminate one, then release.
 */
final class TableBlocker implements AutoCloseable {

    private final PostgresTestDatabase database;
    private final Connection holder;
    private final CloseableDSLContext admin;

    private TableBlocker(PostgresTestDatabase database, Connection holder, CloseableDSLContext admin) {
        this.database = database;
        this.holder = holder;
        this.admin = admin;
    }

    static TableBlocker lock(PostgresTestDatabase database, Table<?> table) throws SQLException {
        Connection holder = database.connect();
        holder.setAutoCommit(false);
        DSL.using(holder, SQLDialect.POSTGRES).execute("LOCK TABLE {0} IN ACCESS EXCLUSIVE MODE", table);
        return new TableBlocker(database, holder, database.admin());
    }

    /** Waits until this many sessions of the test database wait on a lock (the table's or an advisory one). */
    List<Integer> awaitBlocked(int sessions) throws InterruptedException {
        List<Integer> blocked = blocked();
        while (blocked.size() < sessions) {
            Thread.sleep(20);
            blocked = blocked();
        }
        return blocked;
    }

    boolean terminate(int pid) {
        return Boolean.TRUE.equals(admin.fetchValue("SELECT pg_terminate_backend({0})", DSL.val(pid)));
    }

    void release() throws SQLException {
        holder.rollback();
    }

    @Override
    public void close() throws SQLException {
        try (admin) {
            holder.close();
        }
    }

    private List<Integer> blocked() {
        return admin.fetch("SELECT pid FROM pg_stat_activity WHERE datname = {0} AND wait_event_type = 'Lock'",
                DSL.val(database.settings().database())).getValues(0, Integer.class);
    }
}
