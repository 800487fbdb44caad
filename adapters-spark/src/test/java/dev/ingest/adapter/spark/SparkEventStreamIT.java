package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryIngestionHealth;
import dev.ingest.application.fake.InMemoryMetricsLog;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.application.ingest.usecase.FindHeldFilesService;
import dev.ingest.application.ingest.usecase.ReleaseFilesService;
import dev.ingest.application.health.usecase.PostProgressService;
import dev.ingest.application.ingest.usecase.FindStoredRangesService;
import dev.ingest.application.ingest.usecase.IngestBatchService;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream end to end over a temporary landing folder, into the application's in-memory store and quarantine. */
class SparkEventStreamIT {

    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";
    private static final Instant LANDED = Instant.now().minusSeconds(60);

    @TempDir
    Path dir;

    private Path input;
    private StreamSettings settings;
    private ExtraColumns extraColumns = ExtraColumns.IGNORE;
    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();
    private final InMemoryQuarantine quarantine = new InMemoryQuarantine();
    private final InMemoryMetricsLog metrics = new InMemoryMetricsLog();
    private final InMemoryIngestionHealth board = new InMemoryIngestionHealth(store);

    @BeforeEach
    void landFiles() throws IOException {
        input = Files.createDirectories(dir.resolve("landing"));
        // One file per batch, so that batch ids and the cross-batch duplicate are predictable.
        settings = StreamSettings.of(input.toUri(), dir.resolve("checkpoint").toUri())
                .withTrigger(StreamTrigger.availableNow())
                .withBatchLimit(BatchLimit.files(1));
        land("a.csv", 0, HEADER + "\n"
                + "e1,u1,p1,Lamp,Home,19.99,view,2024-03-01 10:00:00\n"
                + "e2,u2,p2,\"Desk, oak\",Office,120,purchase,2024-03-01 10:00:01\n"
                + "e3,u3,p3,Chair,Office,45.5,add_to_cart,2024-03-01T10:00:02Z\n"
                + "e4,u4,p4,Rug,Home,abc,view,2024-03-01 10:00:03\n"
                + "e5,u5,p5,Rug,Home\n");
        land("b.csv", 1, utf8("\uFEFF" + HEADER + "\r\n"
                + "e2,u2,p2,Desk,Office,120,purchase,2024-03-01 10:00:01\r\n"
                + "e6,u6,p6,Shelf,Home,9.99,VIEW,2024-03-01 10:00:04\r\n"
                + "e6,u6,p6,Shelf,Home,9.99,view,2024-03-01 10:00:05\r\n"
                + "e12,u12,p12,Caf"), new byte[] {(byte) 0xFF}, utf8(",Home,9.99,view,2024-03-01 10:00:05\r\n"));
        land("c.csv", 2, "id,user,product,name,category,price,type,time\n"
                + "e7,u7,p7,Lamp,Home,19.99,view,2024-03-01 10:00:06\n");
        land(".in-progress.csv", 3, HEADER + "\ne8,u8,p8,Lamp,Home,19.99,view,2024-03-01 10:00:07\n");
        land("_temporary.csv", 3, HEADER + "\ne9,u9,p9,Lamp,Home,19.99,view,2024-03-01 10:00:08\n");
        land("notes.txt", 3, HEADER + "\ne10,u10,p10,Lamp,Home,19.99,view,2024-03-01 10:00:09\n");
    }

    @Test
    void every_record_ends_stored_duplicate_or_quarantined_exactly_once() throws Exception {
        run(metrics);

        assertThat(store.events()).extracting(Event::eventId).containsExactlyInAnyOrder("e1", "e2", "e3", "e6");
        assertThat(quarantine.rejections())
                .extracting(rejection -> rejection.record().origin().recordNumber(), Rejection::reasons)
                .containsExactlyInAnyOrder(
                        tuple(4L, Set.of(ReasonCode.INVALID_PRICE)),
                        tuple(4L, Set.of(ReasonCode.INVALID_CHARACTERS)),
                        tuple(5L, Set.of(ReasonCode.MALFORMED_RECORD)),
                        tuple(1L, Set.of(ReasonCode.SCHEMA_MISMATCH)));
        assertThat(metrics.batches())
                .extracting(batch -> batch.key().batchId(), batch -> batch.outcome().recordsIn(),
                        batch -> batch.outcome().stored(), batch -> batch.outcome().duplicates(),
                        batch -> batch.outcome().quarantined(), RecordedBatch::replay)
                .containsExactly(
                        tuple(0L, 5L, 3L, 0L, 2L, false),
                        tuple(1L, 4L, 1L, 2L, 1L, false),
                        tuple(2L, 1L, 0L, 0L, 1L, false));
        assertThat(metrics.batches()).extracting(batch -> batch.outcome().quarantinedByReason()).containsExactly(
                Map.of(ReasonCode.INVALID_PRICE, 1L, ReasonCode.MALFORMED_RECORD, 1L),
                Map.of(ReasonCode.INVALID_CHARACTERS, 1L),
                Map.of(ReasonCode.SCHEMA_MISMATCH, 1L));
        assertThat(metrics.batches()).allSatisfy(batch -> {
            assertThat(batch.key().streamId()).isEqualTo(streamIdOnDisk());
            // What the metrics log's landing-to-commit latency is computed from.
            assertThat(batch.tally().units()).singleElement().satisfies(file -> {
                assertThat(file.unitId()).startsWith("file:").endsWith(".csv");
                assertThat(file.landedAt()).isBefore(batch.committedAt());
            });
        });
    }

    @Test
    void each_progress_event_posts_the_files_and_bytes_no_batch_has_taken_yet() throws Exception {
        long lastTwo = Files.size(input.resolve("b.csv")) + Files.size(input.resolve("c.csv"));

        run(metrics);

        // Spark's listener bus delivers on its own thread: the first batch's event may trail the run by a moment.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (board.latestProgress().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(board.latestProgress()).singleElement().satisfies(progress -> {
            assertThat(progress.streamId()).isEqualTo(streamIdOnDisk());
            assertThat(progress.backlogFiles()).isBetween(0L, 2L);
            assertThat(progress.backlogBytes()).isBetween(0L, lastTwo);
            assertThat(progress.kafkaLag()).isEmpty();
        });
    }

    @Test
    void a_byte_limit_fills_a_batch_with_the_files_that_fit() throws Exception {
        long firstTwo = Files.size(input.resolve("a.csv")) + Files.size(input.resolve("b.csv"));
        settings = settings.withBatchLimit(BatchLimit.bytes(firstTwo));

        run(metrics);

        assertThat(metrics.batches()).extracting(batch -> batch.tally().units().size(),
                        batch -> batch.outcome().recordsIn())
                .containsExactly(tuple(2, 9L), tuple(1, 1L));
    }

    @Test
    void a_file_larger_than_the_byte_limit_makes_a_batch_of_its_own() throws Exception {
        settings = settings.withBatchLimit(BatchLimit.bytes("1"));

        run(metrics);

        assertThat(metrics.batches()).extracting(batch -> batch.tally().units().size(),
                        batch -> batch.outcome().recordsIn())
                .containsExactly(tuple(1, 5L), tuple(1, 4L), tuple(1, 1L));
    }

    @Test
    void a_compressed_file_is_read_as_a_stream() throws Exception {
        Path file = input.resolve("d.csv.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(utf8(HEADER + "\ne20,u20,p20,Lamp,Home,19.99,view,2024-03-01 10:00:20\n"
                    + "e21,u21,p21,Lamp,Home,oops,view,2024-03-01 10:00:21\n"));
        }
        Files.setLastModifiedTime(file, FileTime.from(LANDED.plusSeconds(10)));

        run(metrics);

        assertThat(metrics.batches()).last().satisfies(batch -> {
            assertThat(batch.tally().units()).singleElement()
                    .satisfies(read -> assertThat(read.unitId()).endsWith("d.csv.gz"));
            assertThat(batch.outcome().stored()).isEqualTo(1);
            assertThat(batch.outcome().quarantined()).isEqualTo(1);
        });
        assertThat(store.events()).extracting(Event::eventId).contains("e20");
    }

    @Test
    void a_column_added_upstream_is_ignored() throws Exception {
        landWithSessionId();

        run(metrics);

        assertThat(store.events()).extracting(Event::eventId).contains("e30");
    }

    @Test
    void a_column_added_upstream_quarantines_the_file_s_rows_when_extra_columns_are_rejected() throws Exception {
        landWithSessionId();
        extraColumns = ExtraColumns.REJECT;

        run(metrics);

        assertThat(store.events()).extracting(Event::eventId).doesNotContain("e30");
        assertThat(quarantine.rejections())
                .filteredOn(rejection -> rejection.record().origin().unitId().endsWith("d.csv"))
                .singleElement()
                .satisfies(rejection -> assertThat(rejection.reasons()).containsExactly(ReasonCode.SCHEMA_MISMATCH));
    }

    private void landWithSessionId() throws IOException {
        land("d.csv", 10, HEADER + ",session_id\ne30,u30,p30,Lamp,Home,19.99,view,2024-03-01 10:00:30,s-1\n");
    }

    @Test
    void a_restart_on_the_same_checkpoint_adds_nothing_and_a_lost_spark_commit_is_a_replay() throws Exception {
        run(metrics);
        List<Event> firstRun = store.events();

        run(metrics);
        assertThat(metrics.batches()).hasSize(3);

        // A crash after our commit but before Spark's: Spark runs batch 2 again, the ledger turns it into a no-op.
        Files.delete(dir.resolve("checkpoint/commits/2"));
        Files.deleteIfExists(dir.resolve("checkpoint/commits/.2.crc"));
        run(metrics);

        assertThat(metrics.batches()).hasSize(4);
        RecordedBatch replay = metrics.batches().get(3);
        assertThat(replay.key()).isEqualTo(metrics.batches().get(2).key());
        assertThat(replay.replay()).isTrue();
        assertThat(replay.outcome()).isEqualTo(metrics.batches().get(2).outcome());
        assertThat(store.events()).isEqualTo(firstRun);
        assertThat(quarantine.rejections()).hasSize(4);
    }

    @Test
    void archives_each_batch_s_files_once_the_batch_is_recorded() throws Exception {
        Path archive = dir.resolve("archive");
        settings = settings.withArchiveDir(archive.toUri());

        run(metrics);
        // The source archives a batch's files when Spark asks it for the next batch, which it does after the last too.
        assertThat(fileNames(input)).containsExactlyInAnyOrder(".in-progress.csv", "_temporary.csv", "notes.txt");
        assertThat(fileNames(archive)).containsExactlyInAnyOrder("a.csv", "b.csv", "c.csv");
        assertThat(archive.resolve(input.toAbsolutePath().toString().substring(1)).resolve("a.csv")).isRegularFile();

        land("d.csv", 4, HEADER + "\ne11,u11,p11,Lamp,Home,19.99,view,2024-03-01 10:00:10\n");
        run(metrics);

        assertThat(fileNames(input)).containsExactlyInAnyOrder(".in-progress.csv", "_temporary.csv", "notes.txt");
        assertThat(fileNames(archive)).containsExactlyInAnyOrder("a.csv", "b.csv", "c.csv", "d.csv");
        assertThat(metrics.batches()).extracting(batch -> batch.outcome().stored()).containsExactly(3L, 1L, 0L, 1L);
    }

    @Test
    void a_file_moved_in_with_weeks_old_timestamps_after_newer_files_were_taken_is_ingested() throws Exception {
        run(metrics);
        Path late = input.resolve("late.csv");
        Files.writeString(late, HEADER + "\ne20,u20,p20,Lamp,Home,19.99,view,2024-02-01 10:00:00\n");
        // As mv, cp -p, rsync -a and tar leave it: written five weeks before the files taken already.
        Files.setLastModifiedTime(late, FileTime.from(LANDED.minus(Duration.ofDays(35))));

        run(metrics);

        assertThat(store.events()).extracting(Event::eventId).contains("e20");
        assertThat(metrics.batches()).hasSize(4);
        assertThat(metrics.batches().get(3).outcome().stored()).isOne();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        }
    }

    private void run(dev.ingest.application.ingest.port.out.MetricsLog metricsLog) {
        IngestBatchService service = new IngestBatchService(store, store.writers(), quarantine, metricsLog,
                Clock.systemUTC());
        new SparkEventStream(SharedSpark.session(), settings, service,
                EventSources.folder(settings, store, extraColumns), new PostProgressService(board)).run();
    }

    private String streamIdOnDisk() throws IOException {
        return Files.readString(dir.resolve("checkpoint").resolve(StreamIdentity.FILE_NAME)).strip();
    }

    private void land(String name, int secondsAfterFirst, String content) throws IOException {
        land(name, secondsAfterFirst, utf8(content));
    }

    /** Lands a file made of the given byte runs, landed a given number of seconds after the first file. */
    private void land(String name, int secondsAfterFirst, byte[]... content) throws IOException {
        Path file = input.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            for (byte[] run : content) {
                out.write(run);
            }
        }
        Files.setLastModifiedTime(file, FileTime.from(LANDED.plusSeconds(secondsAfterFirst)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
