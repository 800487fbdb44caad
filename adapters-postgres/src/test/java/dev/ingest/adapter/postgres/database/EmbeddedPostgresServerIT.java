package dev.ingest.adapter.postgres.database;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.PostgresBatchCommitter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerIT {

    private final Path directory = Path.of("target", "embedded-postgres-it-" + UUID.randomUUID());

    @AfterEach
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void keeps_its_data_across_restarts_and_a_stopped_server_fails_writes_with_one_line() {
        BatchKey key = new BatchKey("embedded", 0);
        DatabaseSettings settings;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory)) {
            settings = first.settings("ecommerce_events").withRetryDeadline(Duration.ofSeconds(1));
            assertThat(PostgresSchema.migrate(settings).databaseCreated()).isTrue();
            new PostgresBatchCommitter(settings, Clock.systemUTC()).commit(key, BatchTally.empty(), Instant.now());
            ConnectionPools.close(settings);
        }

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(directory)) {
            assertThat(second.port()).isEqualTo(Integer.parseInt(settings.port()));
            assertThat(PostgresSchema.migrate(settings).applied()).isEmpty();
            try (CloseableDSLContext dsl = DSL.using(settings.jdbcUrl(), settings.user(), settings.password())) {
                assertThat(dsl.fetchCount(INGESTION_BATCHES)).isEqualTo(1);
            }
            ConnectionPools.close(settings);
        }

        PostgresBatchCommitter stopped = new PostgresBatchCommitter(settings, Clock.systemUTC());
        assertThatThrownBy(() -> stopped.commit(new BatchKey("embedded", 1), BatchTally.empty(), Instant.now()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("PostgreSQL at localhost:" + settings.port() + "/ecommerce_events unavailable")
                .hasMessageNotContaining("\n");
    }

    @Test
    void attaches_to_a_server_already_running_on_its_directory_and_leaves_it_running() {
        try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.start(directory)) {
            DatabaseSettings settings = owner.settings("postgres");

            EmbeddedPostgresServer attached = EmbeddedPostgresServer.start(directory);
            attached.close();

            assertThat(attached.port()).isEqualTo(owner.port());
            try (CloseableDSLContext dsl = DSL.using(settings.jdbcUrl(), settings.user(), settings.password())) {
                assertThat(dsl.fetchValue(DSL.inline(1))).isEqualTo(1);
            }
        }
    }

}
