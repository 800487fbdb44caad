package dev.ingest.adapter.postgres.testing;

import dev.ingest.adapter.postgres.database.ConnectionPools;
import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test class its own fresh database on the {@link TestPostgresServer#shared() shared test server},
 * migrated to the current schema unless asked for {@link #empty()}, and drops it after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();
 * ... new PostgresBatchCommitter(DATABASE.settings(), clock) ...
 * ... DATABASE.dsl().fetchCount(USER_EVENTS) ...
 * }</pre>
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final Duration TEST_RETRY_DEADLINE = Duration.ofSeconds(30);

    private final boolean migrate;
    private DatabaseSettings settings;
    private CloseableDSLContext dsl;

    private PostgresTestDatabase(boolean migrate) {
        this.migrate = migrate;
    }

    public static PostgresTestDatabase migrated() {
        return new PostgresTestDatabase(true);
    }

    public static PostgresTestDatabase empty() {
        return new PostgresTestDatabase(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String name = ("it_" + context.getRequiredTestClass().getSimpleName() + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        TestPostgresServer server = TestPostgresServer.shared();
        try (CloseableDSLContext admin = open(server.settings("postgres"))) {
            admin.createDatabase(DSL.name(name)).execute();
        }
        settings = server.settings(name).withRetryDeadline(TEST_RETRY_DEADLINE);
        if (migrate) {
            PostgresSchema.migrate(settings);
        }
        dsl = open(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dsl.close();
        ConnectionPools.close(settings);
        try (CloseableDSLContext admin = open(TestPostgresServer.shared().settings("postgres"))) {
            admin.execute("DROP DATABASE IF EXISTS {0} WITH (FORCE)", DSL.name(settings.database()));
        }
    }

    /** The class's database, as a user that may create databases; retries give up after 30 s. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** A jOOQ context on one connection of its own, for arranging and asserting. */
    public DSLContext dsl() {
        return dsl;
    }

    /** A new connection to the class's database, outside any pool. */
    public Connection connect() throws SQLException {
        return PostgresSchema.connect(settings);
    }

    /** A jOOQ context on the server's maintenance database, e.g. to terminate another session's backend. */
    public CloseableDSLContext admin() {
        return open(TestPostgresServer.shared().settings("postgres"));
    }

    private static CloseableDSLContext open(DatabaseSettings target) {
        return DSL.using(target.jdbcUrl(), target.user(), target.password());
    }
}
