package dev.ingest.bootstrap.security;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static dev.ingest.bootstrap.testing.LandedEventFiles.land;
import static dev.ingest.bootstrap.testing.LandedEventFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.InProcessCli;
import dev.ingest.bootstrap.testing.InProcessCli.Result;
import dev.ingest.bootstrap.testing.LeastPrivilegeRole;
import dev.ingest.bootstrap.testing.StreamFolders;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role of {@code sql/roles/ingest_app.sql}, created as its documentation says after the owner migrated, runs the
 * stream, {@code verify} and the reports, and may not change the schema or rewrite what was stored.
 */
class LeastPrivilegeRoleIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String ROLE = LeastPrivilegeRole.NAME;
    private static final String PASSWORD = "app-secret";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @TempDir
    Path root;

    @BeforeAll
    static void createRoleAsTheOwner() throws Exception {
        try (Connection owner = PostgresSchema.connect(DATABASE.settings()); Statement statement = owner.createStatement()) {
            // As on a hardened server, where PUBLIC may not create temporary tables: the script must grant it.
            statement.execute("DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', "
                    + "current_database()); END $$");
        }
        LeastPrivilegeRole.createIn(DATABASE.settings(), PASSWORD);
        // The script's promise: running it again is safe.
        LeastPrivilegeRole.createIn(DATABASE.settings(), PASSWORD);
    }

    @Test
    void the_stream_verify_and_a_report_run_as_the_role() {
        StreamFolders folders = StreamFolders.under(root);
        land(folders.input(), "a.csv", valid("a-1"), valid("a-2"), valid("a-1"), "too,few");
        land(folders.input(), "b.csv", valid("b-1"));
        // A later batch repeats an id stored before: the role stores it through the temporary table.
        land(folders.input(), "c.csv", valid("a-2"), valid("c-1"));

        Result stream = InProcessCli.run(folders.stream(DATABASE.settings(), ROLE, PASSWORD));
        Result verify = InProcessCli.run(folders.verify(DATABASE.settings(), ROLE, PASSWORD));
        Result report = InProcessCli.run("report", "summary", "--jdbc-url", DATABASE.settings().jdbcUrl(),
                "--db-user", ROLE, "--db-password", PASSWORD);
        // Filtered reports read the rollups themselves.
        Result filtered = InProcessCli.run("report", "funnel", "--category", "Home", "--from", "2024-03-01T09:30:00Z",
                "--jdbc-url", DATABASE.settings().jdbcUrl(), "--db-user", ROLE, "--db-password", PASSWORD);

        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("7 in = 4 stored + 2 duplicates + 1 quarantined");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(filtered.exitCode()).as(filtered.err()).isZero();
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS)).isEqualTo(4);
        // The stream's catch-up folded the role's events into the rollups (V14), which it cannot write itself.
        assertThat(DATABASE.dsl().fetchOne("SELECT sum(total_events) FROM v_event_summary").get(0, Long.class))
                .isEqualTo(4L);
    }

    @Test
    void the_role_may_neither_change_the_schema_nor_rewrite_stored_rows() throws Exception {
        try (Connection connection = PostgresSchema.connect(asRole())) {
            DSLContext app = DSL.using(connection, SQLDialect.POSTGRES);

            assertRefused(() -> app.dropTable(USER_EVENTS).execute());
            assertRefused(() -> app.alterTable(USER_EVENTS).dropColumn(USER_EVENTS.CREATED_AT).execute());
            assertRefused(() -> app.createTable("intruder").column("id", org.jooq.impl.SQLDataType.INTEGER).execute());
            assertRefused(() -> app.deleteFrom(USER_EVENTS).execute());
            assertRefused(() -> app.update(USER_EVENTS).set(USER_EVENTS.PRICE, USER_EVENTS.PRICE).execute());
            assertRefused(() -> app.truncate(USER_EVENTS).execute());
            assertRefused(() -> app.deleteFrom(INGESTION_BATCHES).execute());
            assertRefused(() -> app.deleteFrom(INGESTED_FILES).execute());
            assertRefused(() -> app.execute("DELETE FROM rollup_members"));
            assertRefused(() -> app.execute("UPDATE rollup_users SET user_number = 0"));
            assertRefused(() -> app.execute("UPDATE rollup_hour_categories SET event_count = 0"));
            assertRefused(() -> app.execute("SELECT rollups_rebuild()"));
            assertRefused(() -> app.execute("UPDATE rollup_fold SET folded_through = 0"));
        }
    }

    private static DatabaseSettings asRole() {
        return new DatabaseSettings(DATABASE.settings().jdbcUrl(), ROLE, PASSWORD, Duration.ofSeconds(5));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable statement) {
        assertThatThrownBy(statement).isInstanceOfSatisfying(DataAccessException.class,
                refused -> assertThat(refused.sqlState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
