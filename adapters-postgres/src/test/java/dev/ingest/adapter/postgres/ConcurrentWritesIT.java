package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.StagedEvent.staged;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.STAGED_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.StagingWriter;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two drivers committing one batch, two executors staging one partition: each lands once. */
class ConcurrentWritesIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final Instant STARTED = Instant.parse("2024-03-01T12:00:00Z");

    private final PostgresEventStore store = new PostgresEventStore(DATABASE.settings(), Clock.systemUTC());
    private final String stream = "stream-" + UUID.randomUUID();

    @Test
    void two_concurrent_commits_of_one_batch_record_it_once() throws Exception {
        BatchKey key = new BatchKey(stream, 0);
        stage(key, 0, staged("i-1"), staged("i-2"), staged("i-3"));
        Callable<BatchOutcome> commit = () -> store.commit(key, tally(3), STARTED);

        List<BatchOutcome> outcomes = runTogether(INGESTION_BATCHES, commit, commit);

        assertThat(outcomes).containsExactly(new BatchOutcome(3, 3, 0, 0, Map.of()),
                new BatchOutcome(3, 3, 0, 0, Map.of()));
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS)).isEqualTo(3);
        assertThat(DATABASE.dsl().fetchCount(INGESTION_BATCHES, INGESTION_BATCHES.STREAM_ID.eq(stream))).isEqualTo(1);
    }

    @Test
    void two_concurrent_attempts_of_one_partition_leave_one_copy_of_it() throws Exception {
        BatchKey key = new BatchKey(stream, 1);
        Callable<Long> attempt = () -> stage(key, 0, staged("j-1"), staged("j-2"), staged("j-3"));

        assertThat(runTogether(STAGED_EVENTS, attempt, attempt)).containsExactly(3L, 3L);
        assertThat(DATABASE.dsl().fetchCount(STAGED_EVENTS, StagingRows.batch(key))).isEqualTo(3);
    }

    /** Starts both operations while the table is locked, so that both have begun before either can proceed. */
    private static <T> List<T> runTogether(Table<?> table, Callable<T> first, Callable<T> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (TableBlocker blocker = TableBlocker.lock(DATABASE, table)) {
            List<Future<T>> running = List.of(threads.submit(first), threads.submit(second));
            blocker.awaitBlocked(2);
            blocker.release();
            return List.of(running.get(0).get(), running.get(1).get());
        } finally {
            threads.shutdown();
        }
    }

    private long stage(BatchKey key, int partition, StagedEvent... events) {
        try (StagingWriter writer = store.staging().open(key, partition)) {
            for (StagedEvent event : events) {
                writer.write(event.event(), event.origin());
            }
            return writer.commit();
        }
    }

    private static BatchTally tally(long staged) {
        return new BatchTally(staged, staged, 0, Map.of(), List.of());
    }
}
