package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.batch.LandedFile;
import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.DatabaseUnavailableException;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.StageTimings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransientFailureIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String PASSWORD = "s3cret-never-shown";
    private static final Instant LANDED = Instant.parse("2024-03-01T11:59:00Z");

    private final PostgresBatchCommitter store = new PostgresBatchCommitter(DATABASE.settings(), Clock.systemUTC());

    @Test
    void a_commit_whose_connection_is_killed_mid_transaction_is_retried_and_succeeds() throws Exception {
        BatchKey key = new BatchKey("killed-commit", 0);
        List<UnitTally> files = store(store.writers().open(key, 0), "a.csv", written("k-1"), written("k-2"));

        BatchOutcome outcome = whileKillingTheFirstBackendBlockedOn(INGESTION_BATCHES,
                () -> store.commit(key, BatchTally.ofUnits(files, Map.of(), StageTimings.NONE), Instant.now()));

        assertThat(outcome).isEqualTo(new BatchOutcome(2, 2, 0, 0, Map.of()));
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS, USER_EVENTS.EVENT_ID.in("k-1", "k-2"))).isEqualTo(2);
        assertThat(DATABASE.dsl().fetchCount(INGESTION_BATCHES, LedgerRows.key(key))).isEqualTo(1);
    }

    @Test
    void a_partition_whose_connection_is_killed_mid_transaction_is_retried_and_stores_once() throws Exception {
        BatchKey key = new BatchKey("killed-copy", 0);
        PartitionWriter writer = store.writers().open(key, 0);

        List<UnitTally> files = whileKillingTheFirstBackendBlockedOn(USER_EVENTS,
                () -> store(writer, "b.csv", written("s-1"), written("s-2"), written("s-3")));

        assertThat(files).containsExactly(new UnitTally(new LandedFile("b.csv"), LANDED, 3, 3, 0, 0));
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS, USER_EVENTS.EVENT_ID.in("s-1", "s-2", "s-3"))).isEqualTo(3);
        assertThat(DATABASE.dsl().fetchCount(INGESTED_FILES, INGESTED_FILES.STREAM_ID.eq("killed-copy"))).isEqualTo(1);
        // What the partition's tally carries to the driver's metrics.
        assertThat(writer.retries()).isEqualTo(1);
    }

    @Test
    void an_unreachable_server_fails_the_write_after_the_deadline_with_one_line_naming_it() throws Exception {
        int closedPort = closedPort();
        DatabaseSettings unreachable = DatabaseSettings.of("127.0.0.1", closedPort, "ecommerce_events", "postgres",
                PASSWORD).withRetryDeadline(Duration.ofSeconds(1));
        PostgresBatchCommitter unreachableStore = new PostgresBatchCommitter(unreachable, Clock.systemUTC());
        BatchKey key = new BatchKey("unreachable", 0);

        assertThatThrownBy(() -> unreachableStore.commit(key, BatchTally.empty(), Instant.now()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("PostgreSQL at 127.0.0.1:" + closedPort + "/ecommerce_events unavailable")
                .hasMessageContaining("Connection refused")
                .hasMessageNotContaining(PASSWORD)
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> store(unreachableStore.writers().open(key, 0), "c.csv", written("u-1")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort + "/ecommerce_events");
    }

    /**
     * Blocks the operation's transaction on a locked table, terminates its backend with pg_terminate_backend (the
     * operation sees SQLState 57P01), then releases the table for the retry.
     */
    private static <T> T whileKillingTheFirstBackendBlockedOn(Table<?> table, Callable<T> operation)
            throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (TableBlocker blocker = TableBlocker.lock(DATABASE, table)) {
            Future<T> result = thread.submit(operation);
            int blocked = blocker.awaitBlocked(1).get(0);
            assertThat(blocker.terminate(blocked)).as("terminated backend " + blocked).isTrue();
            blocker.release();
            return result.get();
        } finally {
            thread.shutdown();
        }
    }

    /** Writes the events as one file's records and commits the partition. */
    private static List<UnitTally> store(PartitionWriter writer, String file, WrittenEvent... events) {
        try (writer) {
            for (WrittenEvent event : events) {
                writer.write(event.event(), event.from(file, 1).origin());
            }
            return writer.commit(List.of(new UnitRead(SourceUnit.fromId(file), LANDED, events.length, 0)));
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
