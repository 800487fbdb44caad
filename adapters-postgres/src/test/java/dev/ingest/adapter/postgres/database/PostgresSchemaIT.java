package dev.ingest.adapter.postgres.database;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.time.Duration;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSchemaIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.empty();

    @Test
    void migrates_an_empty_database_then_finds_nothing_left_to_apply() {
        MigrationReport first = PostgresSchema.migrate(DATABASE.settings());

        assertThat(first.applied()).contains("V1 user events", "V3 ingestion ledger", "V4 ingested files",
                "V7 partitions store their files");
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS)).isZero();
        assertThat(DATABASE.dsl().fetchCount(INGESTION_BATCHES)).isZero();
        assertThat(DATABASE.dsl().fetchCount(INGESTED_FILES)).isZero();

        MigrationReport second = PostgresSchema.migrate(DATABASE.settings());

        assertThat(second.applied()).isEmpty();
        assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
        assertThat(second.databaseCreated()).isFalse();
    }

    @Test
    void creates_the_target_database_when_it_is_missing() {
        DatabaseSettings missing = DATABASE.settings().withDatabase(DATABASE.settings().database() + "_created");
        try {
            MigrationReport report = PostgresSchema.migrate(missing);

            assertThat(report.databaseCreated()).isTrue();
            assertThat(report.applied()).isNotEmpty();
        } finally {
            try (var admin = DATABASE.admin()) {
                admin.execute("DROP DATABASE IF EXISTS {0} WITH (FORCE)", DSL.name(missing.database()));
            }
        }
    }

    @Test
    void a_missing_database_the_user_may_not_create_is_a_one_line_error() {
        String role = DATABASE.settings().database() + "_plain";
        try (var admin = DATABASE.admin()) {
            admin.execute("CREATE ROLE {0} LOGIN PASSWORD 'plain-secret'", DSL.name(role));
        }
        DatabaseSettings plainUser = new DatabaseSettings(
                DATABASE.settings().withDatabase(DATABASE.settings().database() + "_denied").jdbcUrl(), role,
                "plain-secret", Duration.ofSeconds(5));
        try {
            assertThatThrownBy(() -> PostgresSchema.migrate(plainUser))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("does not exist at ")
                    .hasMessageContaining("user " + role + " may not create it")
                    .hasMessageNotContaining("plain-secret");
        } finally {
            try (var admin = DATABASE.admin()) {
                admin.execute("DROP ROLE {0}", DSL.name(role));
            }
        }
    }
}
