package dev.ingest.application.contract;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.health.port.out.IngestionHealth;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.health.port.out.ProgressBoard;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.HealthWindow;
import dev.ingest.domain.health.StreamProgress;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IngestionHealth} promises about what its store's committer wrote and its {@link ProgressBoard}
 * was posted, run against the in-memory fake and the real adapter. Each test uses streams of its own and a window of
 * commit times no other test commits in, so a database may be shared.
 */
public abstract class IngestionHealthContract {

    private static final Instant STARTED = Instant.parse("2024-03-01T12:00:00Z");

    /** The clock the committer under test records its commits with; each test moves it to a year of its own. */
    protected static final ManualClock CLOCK = new ManualClock(STARTED);

    private static final AtomicInteger YEARS = new AtomicInteger(2100 + new Random().nextInt(3000));

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String stream = "health-" + run;

    protected abstract BatchCommitter committer();

    protected abstract PartitionWriterFactory writers();

    protected abstract ProgressBoard board();

    protected abstract IngestionHealth health();

    @Test
    void batches_in_the_window_come_newest_first_with_their_outcome_timings_and_latencies() {
        Instant base = startOfOwnYear();
        commitAt(base.plusSeconds(10), batch(0), base, file("a.csv", base.minusSeconds(20), 3, 1),
                file("b.csv", base.minusSeconds(10), 2, 0), file("c.csv", base.plusSeconds(4), 1, 0));
        commitAt(base.plusSeconds(70), batch(1), base.plusSeconds(60), file("d.csv", base.plusSeconds(50), 2, 0),
                file("e.csv", base.plusSeconds(60), 2, 0));

        List<BatchHealth> batches = health().latestBatches(
                new HealthWindow(Optional.of(base), Optional.of(base.plusSeconds(3600)), 10));

        assertThat(batches).containsExactly(
                new BatchHealth(batch(1), new BatchOutcome(4, 4, 0, 0, Map.of()), base.plusSeconds(60),
                        base.plusSeconds(70), Optional.of(Duration.ofSeconds(15)), Optional.of(Duration.ofSeconds(20))),
                new BatchHealth(batch(0), new BatchOutcome(6, 5, 0, 1, Map.of(ReasonCode.INVALID_PRICE, 1L)), base,
                        base.plusSeconds(10), Optional.of(Duration.ofSeconds(20)), Optional.of(Duration.ofSeconds(30))));
        assertThat(batches.get(0).duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void the_window_is_half_open_and_keeps_only_the_latest_batches() {
        Instant base = startOfOwnYear();
        for (int batch = 0; batch < 4; batch++) {
            commitAt(base.plusSeconds(60L * batch), batch(batch), base.plusSeconds(60L * batch - 5),
                    file("f" + batch + ".csv", base, 1, 0));
        }

        List<BatchHealth> fromSecond = health().latestBatches(
                new HealthWindow(Optional.of(base.plusSeconds(60)), Optional.of(base.plusSeconds(180)), 10));
        List<BatchHealth> latestTwo = health().latestBatches(
                new HealthWindow(Optional.of(base), Optional.of(base.plusSeconds(3600)), 2));

        assertThat(fromSecond).extracting(b -> b.key().batchId()).containsExactly(2L, 1L);
        assertThat(latestTwo).extracting(b -> b.key().batchId()).containsExactly(3L, 2L);
    }

    @Test
    void the_last_batch_of_each_stream_is_its_highest_committed_one() {
        Instant base = startOfOwnYear();
        String other = stream + "-b";
        commitAt(base, batch(0), base, file("a.csv", base, 1, 0));
        commitAt(base.plusSeconds(5), batch(1), base, file("b.csv", base, 1, 0));
        commitAt(base.plusSeconds(9), new BatchKey(other, 7), base, file("c.csv", base, 1, 0));
        store(batch(2), 0, file("d.csv", base, 1, 0));

        List<BatchHealth> last = health().lastBatchPerStream().stream()
                .filter(batch -> batch.key().streamId().startsWith(stream)).toList();

        assertThat(last).extracting(BatchHealth::key).containsExactly(batch(1), new BatchKey(other, 7));
        assertThat(last.get(0).committedAt()).isEqualTo(base.plusSeconds(5));
    }

    @Test
    void the_board_keeps_the_latest_progress_per_stream() {
        Instant base = startOfOwnYear();
        board().post(new StreamProgress(stream, base, 5, 500, OptionalLong.empty()));
        board().post(new StreamProgress(stream, base.plusSeconds(5), 2, 200, OptionalLong.empty()));
        board().post(new StreamProgress(stream + "-kafka", base.plusSeconds(6), 0, 0, OptionalLong.of(42)));

        assertThat(health().latestProgress().stream().filter(p -> p.streamId().startsWith(stream))).containsExactly(
                new StreamProgress(stream, base.plusSeconds(5), 2, 200, OptionalLong.empty()),
                new StreamProgress(stream + "-kafka", base.plusSeconds(6), 0, 0, OptionalLong.of(42)));
    }

    /** A year no other test in this JVM commits in, so that windows see this test's batches alone. */
    private static Instant startOfOwnYear() {
        return Instant.parse(YEARS.incrementAndGet() + "-01-01T00:00:00Z");
    }

    private BatchKey batch(long batchId) {
        return new BatchKey(stream, batchId);
    }

    private static SourceFile file(String path, Instant landed, long records, long quarantined) {
        return new SourceFile(path, landed, records, quarantined);
    }

    private void commitAt(Instant committedAt, BatchKey key, Instant startedAt, SourceFile... files) {
        List<UnitTally> tallies = new ArrayList<>();
        long quarantined = 0;
        for (int partition = 0; partition < files.length; partition++) {
            tallies.addAll(store(key, partition, files[partition]));
            quarantined += files[partition].quarantined();
        }
        Map<ReasonCode, Long> reasons = quarantined == 0 ? Map.of() : Map.of(ReasonCode.INVALID_PRICE, quarantined);
        synchronized (CLOCK) {
            CLOCK.advance(Duration.between(CLOCK.instant(), committedAt));
            committer().commit(key, BatchTally.ofUnits(tallies, reasons, StageTimings.NONE), startedAt);
        }
    }

    private List<UnitTally> store(BatchKey key, int partition, SourceFile file) {
        try (PartitionWriter writer = writers().open(key, partition)) {
            for (long record = 1; record <= file.records() - file.quarantined(); record++) {
                String id = run + "-" + key.streamId().length() + "-" + file.path() + "-" + record;
                writer.write(anEvent().withEventId(id).build(), new Origin(file.path(), record));
            }
            return writer.commit(List.of(new UnitRead(SourceUnit.fromId(file.path()), file.landed(), file.records(),
                    file.quarantined())));
        }
    }

    private record SourceFile(String path, Instant landed, long records, long quarantined) {
    }
}
