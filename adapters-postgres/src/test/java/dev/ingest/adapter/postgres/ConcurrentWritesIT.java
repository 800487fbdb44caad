package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.PartitionFiles.store;
import static dev.ingest.adapter.postgres.PartitionFiles.tally;
import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.LandedFile;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.UnitTally;
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

/** Two drivers recording one batch, two attempts at one partition, two partitions sharing ids: each lands once. */
class ConcurrentWritesIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final Instant STARTED = Instant.parse("2024-03-01T12:00:00Z");

    private final PostgresBatchCommitter store = new PostgresBatchCommitter(DATABASE.settings(), Clock.systemUTC());
    private final String stream = "stream-" + UUID.randomUUID();

    @Test
    void two_concurrent_commits_of_one_batch_record_it_once() throws Exception {
        BatchKey key = new BatchKey(stream, 0);
        List<UnitTally> files = store(store.writers(), key, 0, "a.csv", written("i-1"), written("i-2"),
                written("i-3"));
        Callable<BatchOutcome> commit = () -> store.commit(key, tally(files), STARTED);

        List<BatchOutcome> outcomes = runTogether(INGESTION_BATCHES, commit, commit);

        assertThat(outcomes).containsExactly(new BatchOutcome(3, 3, 0, 0, Map.of()),
                new BatchOutcome(3, 3, 0, 0, Map.of()));
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS, USER_EVENTS.EVENT_ID.in("i-1", "i-2", "i-3"))).isEqualTo(3);
        assertThat(DATABASE.dsl().fetchCount(INGESTION_BATCHES, INGESTION_BATCHES.STREAM_ID.eq(stream))).isEqualTo(1);
    }

    @Test
    void two_concurrent_attempts_of_one_partition_store_it_once_and_tally_it_alike() throws Exception {
        BatchKey key = new BatchKey(stream, 1);
        Callable<List<UnitTally>> attempt = () -> store(store.writers(), key, 0, "b.csv", written("j-1"),
                written("j-2"), written("j-3"));

        List<List<UnitTally>> tallies = runTogether(INGESTED_FILES, attempt, attempt);

        assertThat(tallies.get(0)).isEqualTo(tallies.get(1))
                .containsExactly(new UnitTally(new LandedFile("b.csv"), PartitionFiles.LANDED, 3, 3, 0, 0));
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS, USER_EVENTS.EVENT_ID.in("j-1", "j-2", "j-3"))).isEqualTo(3);
        assertThat(DATABASE.dsl().fetchCount(INGESTED_FILES, INGESTED_FILES.STREAM_ID.eq(stream))).isEqualTo(1);
    }

    @Test
    void two_partitions_of_a_batch_sharing_event_ids_store_each_id_once_and_count_the_rest_as_duplicates()
            throws Exception {
        BatchKey key = new BatchKey(stream, 2);
        String prefix = UUID.randomUUID() + "-";
        Callable<List<UnitTally>> left = () -> store(store.writers(), key, 0, "left.csv",
                ids(prefix, 0, 300));
        Callable<List<UnitTally>> right = () -> store(store.writers(), key, 1, "right.csv",
                ids(prefix, 200, 500));

        List<List<UnitTally>> tallies = runTogether(USER_EVENTS, left, right);

        long stored = tallies.stream().flatMap(List::stream).mapToLong(UnitTally::stored).sum();
        long duplicates = tallies.stream().flatMap(List::stream).mapToLong(UnitTally::duplicates).sum();
        assertThat(stored).isEqualTo(500);
        assertThat(duplicates).isEqualTo(100);
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS, USER_EVENTS.EVENT_ID.startsWith(prefix))).isEqualTo(500);
        assertThat(store.commit(key, tally(tallies.stream().flatMap(List::stream).toList()), STARTED))
                .isEqualTo(new BatchOutcome(600, 500, 100, 0, Map.of()));
    }

    private static WrittenEvent[] ids(String prefix, int from, int to) {
        WrittenEvent[] events = new WrittenEvent[to - from];
        for (int i = from; i < to; i++) {
            events[i - from] = written(prefix + i);
        }
        return events;
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
}
