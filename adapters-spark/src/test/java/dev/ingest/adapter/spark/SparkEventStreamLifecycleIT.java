package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.csv.read.CsvEventFileReader;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.adapter.spark.batch.EventSource;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryMetricsLog;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.application.ingest.port.in.FindHeldFilesUseCase;
import dev.ingest.application.ingest.port.in.ReleaseFilesUseCase;
import dev.ingest.application.ingest.port.in.FindStoredRangesUseCase;
import dev.ingest.application.ingest.port.in.BatchStart;
import dev.ingest.application.ingest.port.in.IngestBatchUseCase;
import dev.ingest.application.ingest.port.in.PartitionIngestFactory;
import dev.ingest.application.ingest.usecase.FindHeldFilesService;
import dev.ingest.application.ingest.usecase.ReleaseFilesService;
import dev.ingest.application.ingest.usecase.FindStoredRangesService;
import dev.ingest.application.ingest.usecase.IngestBatchService;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and failing: what the CLI relies on around {@link SparkEventStream#run()}. */
class SparkEventStreamLifecycleIT {

    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";
    private static final FindHeldFilesUseCase NOTHING_HELD = command -> Set.of();
    private static final ReleaseFilesUseCase NOTHING_RELEASED = command -> { };

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void createLandingFolder() throws IOException {
        input = Files.createDirectories(dir.resolve("landing"));
    }

    @Test
    void a_continuous_stream_picks_up_files_as_they_land_and_stops_cleanly() throws Exception {
        InMemoryBatchCommitter store = new InMemoryBatchCommitter();
        InMemoryMetricsLog metrics = new InMemoryMetricsLog();
        IngestBatchService service = new IngestBatchService(store, store.writers(), new InMemoryQuarantine(), metrics,
                Clock.systemUTC());
        SparkEventStream stream = new SparkEventStream(SharedSpark.session(), settings(), service,
                EventSources.folder(settings(), store));
        CompletableFuture<Void> running = CompletableFuture.runAsync(stream::run);

        land("first.csv", "e1");
        stream.processAllAvailable();
        land("second.csv", "e2");
        stream.processAllAvailable();
        stream.stop();
        running.join();

        assertThat(store.events()).extracting(Event::eventId).containsExactly("e1", "e2");
        assertThat(metrics.batches()).extracting(batch -> batch.key().batchId()).containsExactly(0L, 1L);
    }

    @Test
    void a_stream_stopped_before_it_starts_does_not_start() throws InterruptedException {
        SparkEventStream stream = new SparkEventStream(SharedSpark.session(), settings(),
                failingToBegin(new AssertionError("no batch expected")), folder());

        stream.stop();
        stream.run();
        stream.processAllAvailable();

        assertThat(dir.resolve("checkpoint/offsets")).doesNotExist();
    }

    @Test
    void a_failing_commit_stops_the_stream_with_its_own_message() throws IOException {
        land("first.csv", "e1");
        IngestBatchUseCase failing = failingToBegin(
                new IllegalStateException("database unreachable for 30s\nsecond line of detail"));

        assertThatThrownBy(() -> new SparkEventStream(SharedSpark.session(), settings(), failing, folder()).run())
                .isInstanceOf(StreamFailedException.class)
                .hasMessage("database unreachable for 30s")
                .cause().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_failure_on_an_executor_reaches_the_driver_with_its_root_cause() throws IOException {
        land("first.csv", "e1");
        PartitionIngestFactory broken = partitionId -> {
            throw new IllegalStateException("store unavailable");
        };
        IngestBatchUseCase failing = new IngestBatchUseCase() {
            @Override
            public BatchStart begin(BatchKey key) {
                return new BatchStart.Begun(key, Instant.EPOCH, broken);
            }

            @Override
            public RecordedBatch commit(BatchStart.Begun batch, BatchTally tally) {
                throw new AssertionError("processing should have failed");
            }
        };

        assertThatThrownBy(() -> new SparkEventStream(SharedSpark.session(), settings(), failing, folder()).run())
                .isInstanceOf(StreamFailedException.class)
                .hasMessageContaining("store unavailable");
    }

    private static IngestBatchUseCase failingToBegin(Throwable failure) {
        return new IngestBatchUseCase() {
            @Override
            public BatchStart begin(BatchKey key) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }

            @Override
            public RecordedBatch commit(BatchStart.Begun batch, BatchTally tally) {
                throw new AssertionError("a batch that did not begin is not committed");
            }
        };
    }

    /** The landing folder, with a ledger that holds nothing. */
    private EventSource folder() {
        return new FolderEventSource(settings(), NOTHING_HELD, NOTHING_RELEASED,
                new CsvEventFileReader(ExtraColumns.IGNORE, Map.of()));
    }

    private StreamSettings settings() {
        return StreamSettings.of(input.toUri(), dir.resolve("checkpoint").toUri())
                .withTrigger(StreamTrigger.DEFAULT)
                .withMaster("local[2]")
                .withUiPort(java.util.OptionalInt.empty());
    }

    private void land(String name, String eventId) throws IOException {
        // Written under a dot name and renamed, as a producer must, so the stream never sees a partial file.
        Path pending = input.resolve("." + name);
        Files.writeString(pending, HEADER + "\n" + eventId + ",u1,p1,Lamp,Home,19.99,view,2024-03-01 10:00:00\n");
        Files.move(pending, input.resolve(name));
    }
}
