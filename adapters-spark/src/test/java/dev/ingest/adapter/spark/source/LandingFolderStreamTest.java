package dev.ingest.adapter.spark.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.spark.source.InputLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source's planning on a real folder, without Spark: what each batch takes, remembers, archives and replays. */
class LandingFolderStreamTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path dir;

    private Path input;
    private Path archive;
    private final Set<String> storedBefore = new HashSet<>();
    /** Each time the ledger was asked which files the stream holds. */
    private final List<Set<String>> asked = new ArrayList<>();
    private final List<String> released = new ArrayList<>();
    private long clock = NOW.toEpochMilli();

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(dir.resolve("landing"));
        archive = dir.resolve("archive");
    }

    @Test
    void takes_the_waiting_files_oldest_first_under_the_file_limit_and_each_once() throws IOException {
        land("b.csv", 2);
        land("a.csv", 1);
        land("c.csv.gz", 3);
        land(".writing.csv", 0);
        land("_tmp.csv", 0);
        land("notes.txt", 0);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(2), AfterIngest.KEEP);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        Offset second = stream.latestOffset(first, stream.getDefaultReadLimit());
        Offset third = stream.latestOffset(second, stream.getDefaultReadLimit());

        assertThat(names(stream.planInputPartitions(stream.initialOffset(), first))).containsExactly("a.csv", "b.csv");
        assertThat(names(stream.planInputPartitions(first, second))).containsExactly("c.csv.gz");
        assertThat(third).as("nothing new: the same offset, so no batch").isEqualTo(second);
        assertThat(asked).as("the ledger is asked once, at the first listing").hasSize(1);
    }

    @Test
    void reports_as_backlog_the_files_and_bytes_no_batch_has_taken() throws IOException {
        land("a.csv", 1, 100);
        land("b.csv", 2, 30);
        land("c.csv", 3, 5);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(1), AfterIngest.KEEP);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        Map<String, String> afterFirst = stream.metrics(Optional.of(first));
        stream.latestOffset(first, stream.getDefaultReadLimit());
        Map<String, String> afterSecond = stream.metrics(Optional.empty());

        assertThat(afterFirst).containsExactlyInAnyOrderEntriesOf(Map.of("backlogFiles", "2", "backlogBytes", "35"));
        assertThat(afterSecond).containsExactlyInAnyOrderEntriesOf(Map.of("backlogFiles", "1", "backlogBytes", "5"));
    }

    @Test
    void an_empty_folder_gives_no_offset_until_a_file_lands() throws IOException {
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);

        assertThat(stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit())).isNull();
        land("a.csv", 1);
        assertThat(stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit())).isNotNull();
    }

    @Test
    void a_file_a_batch_stored_before_is_not_taken_again() throws IOException {
        land("a b.csv", 1);
        land("b.csv", 2);
        storedBefore.add(uri("a%20b.csv"));
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);

        Offset offset = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());

        assertThat(names(stream.planInputPartitions(stream.initialOffset(), offset))).containsExactly("b.csv");
        assertThat(asked).hasSize(1);
    }

    @Test
    void a_file_moved_in_with_old_timestamps_is_taken_and_lands_when_the_stream_could_first_see_it() throws IOException {
        land("new.csv", 1);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);
        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        long firstListing = clock;
        clock += 100;
        Path late = land("late.csv", 0);
        Files.setLastModifiedTime(late, FileTime.from(NOW.minus(Duration.ofDays(35))));

        Offset second = stream.latestOffset(first, stream.getDefaultReadLimit());

        InputPartition[] batch = stream.planInputPartitions(first, second);
        assertThat(names(batch)).containsExactly("late.csv");
        assertThat(((ListedFile) batch[0]).landedAtMillis()).isEqualTo(firstListing);
        assertThat(((ListedFile) stream.planInputPartitions(stream.initialOffset(), first)[0]).landedAtMillis())
                .as("a file newer than the listing before keeps its own time")
                .isEqualTo(NOW.plusSeconds(1).toEpochMilli());
    }

    @Test
    void a_byte_limit_takes_the_files_that_fit_and_a_larger_one_alone() throws IOException {
        land("a.csv", 1, 40);
        land("b.csv", 2, 40);
        land("c.csv", 3, 40);
        land("huge.csv", 4, 500);
        LandingFolderStream stream = stream(ReadLimit.maxBytes(100), AfterIngest.KEEP);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        Offset second = stream.latestOffset(first, stream.getDefaultReadLimit());
        Offset third = stream.latestOffset(second, stream.getDefaultReadLimit());

        assertThat(names(stream.planInputPartitions(stream.initialOffset(), first))).containsExactly("a.csv", "b.csv");
        assertThat(names(stream.planInputPartitions(first, second))).containsExactly("c.csv");
        assertThat(names(stream.planInputPartitions(second, third))).containsExactly("huge.csv");
    }

    @Test
    void available_now_takes_only_the_files_present_when_the_run_began() throws IOException {
        land("a.csv", 1);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);
        stream.prepareForTriggerAvailableNow();
        land("later.csv", 2);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());

        assertThat(names(stream.planInputPartitions(stream.initialOffset(), first))).containsExactly("a.csv");
        assertThat(stream.latestOffset(first, stream.getDefaultReadLimit())).isEqualTo(first);
    }

    @Test
    void a_batch_s_files_are_archived_once_the_batch_after_is_asked_for_and_not_before() throws IOException {
        land("a.csv", 1);
        land("old.csv", 0);
        storedBefore.add(uri("old.csv"));
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.ARCHIVE);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        assertThat(archived()).as("stored before: archived at the first listing").containsExactly("old.csv");
        assertThat(input.resolve("a.csv")).as("planned, not done yet").isRegularFile();

        stream.latestOffset(first, stream.getDefaultReadLimit());
        assertThat(archived()).containsExactlyInAnyOrder("a.csv", "old.csv");
        assertThat(input.resolve("a.csv")).doesNotExist();
    }

    @Test
    void under_available_now_the_last_batch_is_archived_by_the_call_that_finds_nothing_more() throws IOException {
        land("a.csv", 1);
        land("b.csv", 2);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(1), AfterIngest.ARCHIVE);
        stream.prepareForTriggerAvailableNow();

        // As Spark's available-now loop asks: a batch per call while files wait, then once more, which ends the run.
        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        Offset last = stream.latestOffset(first, stream.getDefaultReadLimit());
        stream.commit(first);
        assertThat(input.resolve("b.csv")).as("the last batch: planned, not done yet").isRegularFile();
        Offset nothingMore = stream.latestOffset(last, stream.getDefaultReadLimit());

        assertThat(nothingMore).isEqualTo(last);
        assertThat(archived()).containsExactlyInAnyOrder("a.csv", "b.csv");
        try (var left = Files.list(input)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void a_file_that_cannot_be_archived_stays_taken() throws IOException {
        land("a.csv", 1);
        storedBefore.add(uri("a.csv"));
        Files.writeString(archive, "a file where the archive folder should be");
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.ARCHIVE);

        assertThat(stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit())).isNull();
        assertThat(input.resolve("a.csv")).isRegularFile();
        assertThat(stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit())).isNull();
        assertThat(released).isEmpty();
    }

    @Test
    void a_name_archived_before_is_archived_again_beside_the_first_under_the_same_name() throws IOException {
        land("export.csv", 1, 10);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.ARCHIVE);
        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        stream.latestOffset(first, stream.getDefaultReadLimit());
        land("export.csv", 5, 20);

        Offset second = stream.latestOffset(first, stream.getDefaultReadLimit());
        assertThat(names(stream.planInputPartitions(first, second))).containsExactly("export.csv");
        stream.latestOffset(second, stream.getDefaultReadLimit());

        Path archived = archive.resolve(input.toAbsolutePath().toString().substring(1));
        assertThat(archived.resolve("export.csv")).hasSize(10);
        assertThat(archived.resolve("again-2").resolve("export.csv")).hasSize(20);
        assertThat(released).containsExactly(uri("export.csv"), uri("export.csv"));
    }

    @Test
    void a_taken_file_gone_from_the_folder_is_released_and_a_file_landing_again_under_its_name_is_new()
            throws IOException {
        Path file = land("a.csv", 1);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);
        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        Files.delete(file);

        assertThat(stream.latestOffset(first, stream.getDefaultReadLimit())).isEqualTo(first);
        assertThat(released).containsExactly(uri("a.csv"));
        land("a.csv", 5);
        Offset again = stream.latestOffset(first, stream.getDefaultReadLimit());

        assertThat(names(stream.planInputPartitions(first, again))).containsExactly("a.csv");
        assertThat(asked).hasSize(1);
    }

    @Test
    void a_file_in_flight_that_leaves_the_folder_is_released_only_once_its_batch_is_done() throws IOException {
        Path file = land("a.csv", 1);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);
        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        Files.delete(file);

        stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        assertThat(released).as("its batch may still write its row").isEmpty();
        stream.latestOffset(first, stream.getDefaultReadLimit());
        assertThat(released).containsExactly(uri("a.csv"));
    }

    @Test
    void a_kept_file_is_never_taken_again_while_it_stays_even_rewritten() throws IOException {
        land("a.csv", 1);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);
        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        land("a.csv", 9, 20);

        assertThat(stream.latestOffset(first, stream.getDefaultReadLimit())).isEqualTo(first);
        assertThat(input.resolve("a.csv")).isRegularFile();
        assertThat(released).isEmpty();
    }

    @Test
    void files_held_by_the_ledger_but_gone_from_the_folder_at_the_first_listing_are_released() throws IOException {
        land("here.csv", 1);
        storedBefore.add(uri("here.csv"));
        storedBefore.add(uri("deleted-before-the-crash.csv"));
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);

        assertThat(stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit())).isNull();
        assertThat(released).containsExactly(uri("deleted-before-the-crash.csv"));
    }

    @Test
    void delete_removes_a_batch_s_files_once_the_batch_after_is_asked_for_and_releases_them() throws IOException {
        land("a.csv", 1);
        land("old.csv", 0);
        storedBefore.add(uri("old.csv"));
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.DELETE);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        assertThat(input.resolve("old.csv")).as("stored before: deleted at the first listing").doesNotExist();
        assertThat(input.resolve("a.csv")).as("planned, not done yet").isRegularFile();
        assertThat(released).containsExactly(uri("old.csv"));

        stream.latestOffset(first, stream.getDefaultReadLimit());
        assertThat(input.resolve("a.csv")).doesNotExist();
        assertThat(released).containsExactly(uri("old.csv"), uri("a.csv"));
        assertThat(archived()).isEmpty();
    }

    @Test
    void a_folder_named_like_an_event_file_is_not_taken() throws IOException {
        Files.createDirectories(input.resolve("looks-like.csv"));
        land("a.csv", 1);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());

        assertThat(names(stream.planInputPartitions(stream.initialOffset(), first))).containsExactly("a.csv");
        assertThat(stream.latestOffset(first, stream.getDefaultReadLimit())).isEqualTo(first);
    }

    @Test
    void offsets_survive_the_offset_log_and_a_file_source_offset_replays_the_files_of_its_log() throws IOException {
        land("a.csv", 1);
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.KEEP);
        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        Path log = Files.createDirectories(dir.resolve("checkpoint/sources/0"));
        Files.writeString(log.resolve("4"), "v1\n{\"path\":\"file:///in/x%20y.csv\",\"timestamp\":7,\"batchId\":4}\n");
        Files.writeString(log.resolve("9.compact"), "v1\n{\"path\":\"file:///in/p.csv\",\"timestamp\":8,\"batchId\":8}\n"
                + "{\"path\":\"file:///in/q.csv\",\"timestamp\":9,\"batchId\":9}\n");

        assertThat(stream.deserializeOffset(first.json())).isEqualTo(first);
        Offset fileSource = stream.deserializeOffset("{\"logOffset\":4}");
        assertThat(fileSource.json()).isEqualTo("{\"logOffset\":4}");
        assertThat(stream.planInputPartitions(stream.initialOffset(), fileSource))
                .containsExactly(new ListedFile("file:///in/x%20y.csv", 7, 0));
        assertThat(stream.planInputPartitions(fileSource, stream.deserializeOffset("{\"logOffset\":9}")))
                .containsExactly(new ListedFile("file:///in/q.csv", 9, 0));
    }

    @Test
    void a_dated_folder_takes_its_day_partitions_files_and_a_late_file_moved_into_an_old_day() throws IOException {
        land("2026/12/01/old.csv", 1);
        land("2026/12/06/a.csv", 2);
        land("date=2026-12-07/b.csv", 3);
        land("root.csv", 4);
        land("misc/c.csv", 5);
        stillSince(Duration.ofHours(1), "2026/12/01", "2026/12/06", "date=2026-12-07");
        clock = System.currentTimeMillis();
        LandingFolderStream stream = stream(ReadLimit.maxFiles(10), AfterIngest.ARCHIVE, InputLayout.DATED);

        Offset first = stream.latestOffset(stream.initialOffset(), stream.getDefaultReadLimit());
        assertThat(names(stream.planInputPartitions(stream.initialOffset(), first)))
                .containsExactlyInAnyOrder("old.csv", "a.csv", "b.csv");
        clock += 1000;
        Offset nothing = stream.latestOffset(first, stream.getDefaultReadLimit());
        assertThat(nothing).isEqualTo(first);
        assertThat(archived()).containsExactlyInAnyOrder("old.csv", "a.csv", "b.csv");

        Path late = land("2026/12/01/late.csv", 0);
        Files.setLastModifiedTime(late, FileTime.from(NOW.minus(Duration.ofDays(30))));
        clock += 1000;
        Offset second = stream.latestOffset(first, stream.getDefaultReadLimit());

        assertThat(names(stream.planInputPartitions(first, second))).containsExactly("late.csv");
        assertThat(stream.latestOffset(second, stream.getDefaultReadLimit())).isEqualTo(second);
        assertThat(archived()).containsExactlyInAnyOrder("old.csv", "a.csv", "b.csv", "late.csv");
    }

    private void stillSince(Duration ago, String... partitions) throws IOException {
        for (String partition : partitions) {
            Files.setLastModifiedTime(input.resolve(partition), FileTime.from(Instant.now().minus(ago)));
        }
    }

    private LandingFolderStream stream(ReadLimit limit, AfterIngest afterIngest) {
        return stream(limit, afterIngest, InputLayout.FLAT);
    }

    private LandingFolderStream stream(ReadLimit limit, AfterIngest afterIngest, InputLayout layout) {
        Configuration hadoop = new Configuration();
        FolderListing folder = new FolderListing(input.toUri().toString(), layout, afterIngest == AfterIngest.ARCHIVE
                ? Optional.of(archive.toUri().toString()) : Optional.empty(), hadoop);
        LandingLedger ledger = new LandingLedger() {
            @Override
            public Set<String> held() {
                asked.add(Set.copyOf(storedBefore));
                return Set.copyOf(storedBefore);
            }

            @Override
            public void release(List<String> paths) {
                released.addAll(paths);
            }
        };
        return new LandingFolderStream(folder, new FileSourceLog(dir.resolve("checkpoint/sources/0").toString(), hadoop),
                limit, new SeenFiles(folder, ledger, afterIngest), () -> clock);
    }

    private Path land(String name, int secondsAfterNow) throws IOException {
        return land(name, secondsAfterNow, 10);
    }

    private Path land(String name, int secondsAfterNow, int bytes) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
        Files.setLastModifiedTime(file, FileTime.from(NOW.plusSeconds(secondsAfterNow)));
        return file;
    }

    private String uri(String name) {
        // As Spark's file source named it: the form the per-file rows of earlier versions hold.
        return "file:" + input.resolve(name).toAbsolutePath();
    }

    private List<String> archived() throws IOException {
        if (!Files.exists(archive)) {
            return List.of();
        }
        try (var files = Files.walk(archive)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        }
    }

    private static List<String> names(InputPartition[] partitions) {
        List<String> names = new ArrayList<>();
        for (InputPartition partition : partitions) {
            String path = ((ListedFile) partition).path();
            names.add(path.substring(path.lastIndexOf('/') + 1));
        }
        return names;
    }
}
