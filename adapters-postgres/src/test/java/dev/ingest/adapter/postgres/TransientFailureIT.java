package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.StagedEvent.staged;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.STAGED_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.DatabaseUnavailableException;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.StagingWriter;
import dev.ingest.domain.batch.BatchOutcome;
import java.net.InetAddress;
import java.sql.Connection;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jooq.CloseableDSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransientFailureIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String PASSWORD = "s3cret-never-shown";

    private final PostgresEventStore store = new PostgresEventStore(DATABASE.settings(), Clock.systemUTC());

    @Test
    void a_commit_whose_connection_is_killed_mid_transaction_is_retried_and_succeeds() throws Exception {
        BatchKey key = new BatchKey("killed-commit", 0);
        stage(key, 0, staged("k-1"), staged("k-2"));

        BatchOutcome outcome = whileKillingTheFirstBackendBlockedOn(INGESTION_BATCHES,
                () -> store.commit(key, tally(2), Instant.now()));

        assertThat(outcome).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS, USER_EVENTS.EVENT_ID.in("k-1", "k-2"))).isEqualTo(2);
        assertThat(DATABASE.dsl().fetchCount(INGESTION_BATCHES, LedgerRows.key(key))).isEqualTo(1);
    }

    @Test
    void a_staging_copy_whose_connection_is_killed_mid_transaction_is_retried_and_succeeds() throws Exception {
        BatchKey key = new BatchKey("killed-copy", 0);

        long staged = whileKillingTheFirstBackendBlockedOn(STAGED_EVENTS,
                () -> stage(key, 0, staged("s-1"), staged("s-2"), staged("s-3")));

        assertThat(staged).isEqualTo(3);
        assertThat(DATABASE.dsl().fetchCount(STAGED_EVENTS, StagingRows.batch(key))).isEqualTo(3);
    }

    @Test
    void an_unreachable_server_fails_the_write_after_the_deadline_with_one_line_naming_it() throws Exception {
        int closedPort = closedPort();
        DatabaseSettings unreachable = DatabaseSettings.of("127.0.0.1", closedPort, "ecommerce_events", "postgres",
                PASSWORD).withRetryDeadline(Duration.ofSeconds(1));
        PostgresEventStore unreachableStore = new PostgresEventStore(unreachable, Clock.systemUTC());
        BatchKey key = new BatchKey("unreachable", 0);

        assertThatThrownBy(() -> unreachableStore.commit(key, tally(0), Instant.now()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("PostgreSQL at 127.0.0.1:" + closedPort + "/ecommerce_events unavailable")
                .hasMessageContaining("Connection refused")
                .hasMessageNotContaining(PASSWORD)
                .hasMessageNotContaining("\n");
        try (StagingWriter writer = unreachableStore.staging().open(key, 0)) {
            writer.write(staged("u-1").event(), staged("u-1").origin());
            assertThatThrownBy(writer::commit)
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("127.0.0.1:" + closedPort + "/ecommerce_events");
        }
    }

    /**
     * Holds an exclusive lock on the table so that the operation's transaction blocks on it, terminates that backend
     * with pg_terminate_backend (the operation sees SQLState 57P01), then releases the lock for the retry.
     */
    private static <T> T whileKillingTheFirstBackendBlockedOn(Table<?> table, java.util.concurrent.Callable<T> operation)
            throws Exception {
        try (Connection lockConnection = DATABASE.connect(); CloseableDSLContext admin = DATABASE.admin()) {
            lockConnection.setAutoCommit(false);
            DSL.using(lockConnection, SQLDialect.POSTGRES).execute("LOCK TABLE {0} IN ACCESS EXCLUSIVE MODE", table);
            CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return operation.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Integer blocked = null;
            while (blocked == null && !result.isDone()) {
                Object pid = admin.fetchValue("SELECT pid FROM pg_stat_activity WHERE datname = {0} "
                        + "AND wait_event_type = 'Lock' LIMIT 1", DSL.val(DATABASE.settings().database()));
                blocked = pid == null ? null : ((Number) pid).intValue();
                Thread.sleep(20);
            }
            assertThat(blocked).as("a backend blocked on the lock").isNotNull();
            assertThat(admin.fetchValue("SELECT pg_terminate_backend({0})", DSL.val(blocked))).isEqualTo(true);
            lockConnection.rollback();
            return result.get();
        }
    }

    private static long stage(BatchKey key, int partition, StagedEvent... events) {
        PostgresEventStaging staging = new PostgresEventStaging(DATABASE.settings());
        try (StagingWriter writer = staging.open(key, partition)) {
            for (StagedEvent event : events) {
                writer.write(event.event(), event.origin());
            }
            return writer.commit();
        }
    }

    private static BatchTally tally(long staged) {
        return new BatchTally(staged, staged, 0, Map.of(), List.of());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
