package dev.ingest.bootstrap.security;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.STREAM_PROGRESS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import dev.ingest.adapter.postgres.report.PostgresReportCatchUp;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.ReadOnlyRole;
import dev.ingest.bootstrap.wiring.Dashboard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The role of {@code sql/roles/ingest_readonly.sql}, created as its documentation says after the owner migrated,
 * serves every page of the dashboard and can write nothing, even in a session that asks for read-write.
 */
class ReadOnlyRoleIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String PASSWORD = "reader-secret";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String READ_ONLY_TRANSACTION = "25006";

    private static DatabaseSettings reader;

    @BeforeAll
    static void createRoleAsTheOwner() throws Exception {
        try (Connection owner = PostgresSchema.connect(DATABASE.settings());
                Statement statement = owner.createStatement()) {
            statement.execute("INSERT INTO user_events (event_id, user_id, product_id, product_name, category, price,"
                    + " event_type, event_timestamp) VALUES ('e1', 'u1', 'p1', 'Lamp', 'Home', 10, 'purchase',"
                    + " '2024-03-01 09:00')");
            statement.execute("INSERT INTO ingestion_batches VALUES ('s', 0, 1, 1, 0, 0, '', now(), now())");
            statement.execute("INSERT INTO stream_progress VALUES ('s', now(), 2, 20, NULL)");
        }
        reader = ReadOnlyRole.createIn(DATABASE.settings(), PASSWORD);
        // The script's promise: running it again is safe.
        ReadOnlyRole.createIn(DATABASE.settings(), PASSWORD);
    }

    @Test
    void the_dashboard_serves_every_endpoint_as_the_role() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (Dashboard dashboard = Dashboard.start(reader, "127.0.0.1", 0)) {
            for (String path : List.of("api/summary", "api/hourly", "api/funnel", "api/top-products?category=Home",
                    "api/recent?from=2024-01-01", "api/summary?category=Home",
                    "api/funnel?from=2024-03-01T09:30:00&to=2024-03-01T11:15:00",
                    "api/top-products?from=2024-03-01T09:30:00", "api/health", "")) {
                URI uri = dashboard.url().resolve(path);
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
            }
            String health = client.send(HttpRequest.newBuilder(dashboard.url().resolve("api/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(health).contains("\"backlog_files\":2");
        }
    }

    @Test
    void the_role_may_catch_the_reports_up_through_the_owner_s_fold_but_write_no_rollup() throws Exception {
        new PostgresReportCatchUp(reader).catchUp();

        assertThat(DATABASE.dsl().fetchOne("SELECT sum(total_events) FROM v_event_summary").get(0, Long.class))
                .isEqualTo(1L);
        try (Connection connection = PostgresSchema.connect(reader)) {
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            dsl.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.execute("DELETE FROM rollup_type_categories"));
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.execute("UPDATE rollup_fold SET folded_through = 0"));
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.execute("SELECT rollups_rebuild()"));
        }
    }

    @Test
    void the_role_can_neither_insert_update_nor_delete() throws Exception {
        try (Connection connection = PostgresSchema.connect(reader)) {
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            assertRefused(READ_ONLY_TRANSACTION, () -> dsl.deleteFrom(USER_EVENTS).execute());

            // Without the role's read-only default, the grants alone still refuse every write.
            dsl.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.insertInto(USER_EVENTS)
                    .columns(USER_EVENTS.EVENT_ID).values("intruder").execute());
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.update(USER_EVENTS)
                    .set(USER_EVENTS.PRICE, USER_EVENTS.PRICE).execute());
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.deleteFrom(USER_EVENTS).execute());
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.deleteFrom(INGESTION_BATCHES).execute());
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.update(INGESTED_FILES)
                    .set(INGESTED_FILES.RECORDS, INGESTED_FILES.RECORDS).execute());
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.insertInto(STREAM_PROGRESS)
                    .columns(STREAM_PROGRESS.STREAM_ID).values("x").execute());
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.truncate(USER_EVENTS).execute());
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> dsl.createTable("intruder")
                    .column("id", org.jooq.impl.SQLDataType.INTEGER).execute());
        }
    }

    private static void assertRefused(String sqlState, ThrowingCallable statement) {
        assertThatThrownBy(statement).isInstanceOfSatisfying(DataAccessException.class,
                refused -> assertThat(refused.sqlState()).isEqualTo(sqlState));
    }
}
