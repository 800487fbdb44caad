package dev.ingest.application.health.usecase;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryIngestionHealth;
import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.health.port.in.IngestionHealthView;
import dev.ingest.application.health.port.in.IngestionHealthView.MinuteCounts;
import dev.ingest.application.health.port.in.IngestionHealthView.StreamStatus;
import dev.ingest.application.health.port.in.ShowIngestionHealthCommand;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.StreamProgress;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ShowIngestionHealthServiceTest {

    private static final Instant T0 = Instant.parse("2024-03-01T12:00:10Z");

    private final ManualClock clock = new ManualClock(T0);
    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter(clock);
    private final InMemoryIngestionHealth health = new InMemoryIngestionHealth(store);
    private final ShowIngestionHealthService service = new ShowIngestionHealthService(health, clock);

    @Test
    void sums_records_per_minute_of_commit_and_quarantine_reasons_over_the_batches() {
        commit("s", 0, 4, Map.of(ReasonCode.INVALID_PRICE, 1L));
        clock.advance(Duration.ofSeconds(20));
        commit("s", 1, 2, Map.of(ReasonCode.MISSING_USER_ID, 1L, ReasonCode.INVALID_PRICE, 1L));
        clock.advance(Duration.ofSeconds(40));
        commit("t", 0, 3, Map.of());

        IngestionHealthView view = service.show(ShowIngestionHealthCommand.everything());

        assertThat(view.perMinute()).containsExactly(
                new MinuteCounts(Instant.parse("2024-03-01T12:00:00Z"), 6, 0, 3),
                new MinuteCounts(Instant.parse("2024-03-01T12:01:00Z"), 3, 0, 0));
        assertThat(view.quarantinedByReason())
                .containsExactly(Map.entry(ReasonCode.MISSING_USER_ID, 1L), Map.entry(ReasonCode.INVALID_PRICE, 2L));
        assertThat(view.batches()).extracting(BatchHealth::key)
                .containsExactly(new BatchKey("s", 0), new BatchKey("s", 1), new BatchKey("t", 0));
    }

    @Test
    void each_stream_shows_its_last_batch_how_long_ago_it_was_and_its_backlog() {
        commit("s", 0, 1, Map.of());
        clock.advance(Duration.ofSeconds(30));
        StreamProgress backlog = new StreamProgress("s", clock.instant(), 3, 3000, OptionalLong.empty());
        health.post(backlog);
        health.post(new StreamProgress("idle", clock.instant(), 0, 0, OptionalLong.of(7)));
        clock.advance(Duration.ofSeconds(15));

        List<StreamStatus> streams = service.show(ShowIngestionHealthCommand.everything()).streams();

        assertThat(streams).extracting(StreamStatus::streamId).containsExactly("idle", "s");
        assertThat(streams.get(0).lastBatch()).isEmpty();
        assertThat(streams.get(0).progress()).hasValueSatisfying(p -> assertThat(p.kafkaLag()).hasValue(7));
        assertThat(streams.get(1).sinceLastBatch()).hasValue(Duration.ofSeconds(45));
        assertThat(streams.get(1).progress()).hasValue(backlog);
    }

    @Test
    void a_time_range_limits_the_batches_but_not_the_streams() {
        commit("s", 0, 1, Map.of());
        clock.advance(Duration.ofMinutes(5));
        commit("s", 1, 1, Map.of());

        IngestionHealthView view = service.show(new ShowIngestionHealthCommand(Optional.of(T0.plusSeconds(60)),
                Optional.empty()));

        assertThat(view.batches()).extracting(batch -> batch.key().batchId()).containsExactly(1L);
        assertThat(view.streams()).singleElement()
                .satisfies(stream -> assertThat(stream.lastBatch().orElseThrow().key().batchId()).isEqualTo(1));
    }

    /** Commits a batch of one file whose valid records are all stored, plus the quarantined ones given. */
    private void commit(String stream, long batchId, long stored, Map<ReasonCode, Long> reasons) {
        BatchKey key = new BatchKey(stream, batchId);
        long quarantined = reasons.values().stream().mapToLong(Long::longValue).sum();
        String path = stream + "-" + batchId + ".csv";
        try (PartitionWriter writer = store.writers().open(key, 0)) {
            for (long record = 1; record <= stored; record++) {
                writer.write(anEvent().withEventId(path + record).build(), new Origin(path, record));
            }
            var tallies = writer.commit(List.of(new UnitRead(SourceUnit.fromId(path),
                    clock.instant().minusSeconds(5), stored + quarantined,
                    quarantined)));
            store.commit(key, BatchTally.ofUnits(tallies, reasons, StageTimings.NONE), clock.instant().minusSeconds(1));
        }
    }
}
