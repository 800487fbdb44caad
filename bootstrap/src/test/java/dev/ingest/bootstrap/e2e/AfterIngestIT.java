package dev.ingest.bootstrap.e2e;

import static dev.ingest.bootstrap.testing.LandedEventFiles.land;
import static dev.ingest.bootstrap.testing.LandedEventFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.InProcessCli;
import dev.ingest.bootstrap.testing.InProcessCli.Result;
import dev.ingest.bootstrap.testing.LeastPrivilegeRole;
import dev.ingest.bootstrap.testing.StreamFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stream --after-ingest keep|delete} as the least-privilege role, over runs of the same checkpoint: every
 * record is taken exactly once, a file still in the folder never again, one that left it and landed again (a daily
 * {@code export.csv}) anew, a late file with weeks-old timestamps too; {@code verify} accounts for deleted files from
 * the ledger; a dated folder is read and verified by its day partitions.
 */
class AfterIngestIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String ROLE = LeastPrivilegeRole.NAME;
    private static final String PASSWORD = "after-ingest";

    @TempDir
    Path root;

    @BeforeAll
    static void createRole() {
        LeastPrivilegeRole.createIn(DATABASE.settings(), PASSWORD);
    }

    @Test
    void delete_removes_each_file_after_its_batch_and_a_name_landing_again_is_a_new_file() throws IOException {
        StreamFolders folders = StreamFolders.under(root.resolve("delete"));
        land(folders.input(), "export.csv", valid("d-1"), valid("d-2"), "too,few");
        land(folders.input(), "other.csv", valid("d-3"));

        Result first = stream(folders, "delete");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(eventFiles(folders.input())).isEmpty();
        assertThat(folders.archive()).doesNotExist();

        land(folders.input(), "export.csv", valid("d-4"), valid("d-1"));
        Result second = stream(folders, "delete");
        Result verify = verify(folders, "delete");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(eventFiles(folders.input())).isEmpty();
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("6 in = 4 stored + 1 duplicates + 1 quarantined",
                "Not re-read: 3 files that left the landing folder", "their 6 records are counted as the ledger has them",
                "Every record is accounted for.");
        assertThat(DATABASE.dsl().fetchCount(DATABASE.dsl().selectFrom("ingested_files")
                .where("source_file LIKE '%/delete/input/export.csv' AND released_at IS NOT NULL"))).isEqualTo(2);
    }

    @Test
    void keep_takes_only_new_files_on_each_run_however_old_their_timestamps() throws IOException {
        StreamFolders folders = StreamFolders.under(root.resolve("keep"));
        land(folders.input(), "a.csv", valid("k-1"));
        land(folders.input(), "b.csv", valid("k-2"), valid("k-3"));

        Result first = stream(folders, "keep");
        Path late = land(folders.input(), "late.csv", valid("k-4"));
        Files.setLastModifiedTime(late, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
        // Rewritten in place: a name still in the folder is never read again.
        land(folders.input(), "a.csv", valid("k-1"), valid("k-9"));
        Result second = stream(folders, "keep");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(eventFiles(folders.input())).containsExactlyInAnyOrder("a.csv", "b.csv", "late.csv");
        List<String> taken = DATABASE.dsl().fetch("SELECT source_file FROM ingested_files WHERE source_file LIKE"
                + " '%/keep/input/%' ORDER BY batch_id").getValues(0, String.class);
        assertThat(taken).hasSize(3).anySatisfy(file -> assertThat(file).endsWith("/late.csv"));
        assertThat(DATABASE.dsl().fetchCount(DATABASE.dsl().selectFrom("user_events")
                .where("event_id IN ('k-1', 'k-2', 'k-3', 'k-4', 'k-9')"))).isEqualTo(4);
    }

    @Test
    void a_dated_folder_takes_the_files_of_its_day_partitions_and_verify_counts_them_by_the_same_rule() {
        StreamFolders folders = StreamFolders.under(root.resolve("dated"));
        land(folders.input().resolve("2026/12/06"), "a.csv", valid("t-1"), valid("t-2"));
        land(folders.input().resolve("date=2026-12-07"), "b.csv", valid("t-3"));
        land(folders.input(), "not-in-a-partition.csv", valid("t-4"));

        Result stream = stream(folders, "keep", "--input-layout", "dated");
        Result verify = verify(folders, "keep", "--input-layout", "dated");

        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("Total: 2 files, 3 records arrived; 3 in = 3 stored",
                "Every record is accounted for.");
    }

    private Result stream(StreamFolders folders, String mode, String... more) {
        return InProcessCli.run(withoutArchive(folders.stream(owner(), ROLE, PASSWORD), "--after-ingest", mode, more));
    }

    private Result verify(StreamFolders folders, String mode, String... more) {
        return InProcessCli.run(withoutArchive(folders.verify(owner(), ROLE, PASSWORD), "--after-ingest", mode, more));
    }

    /** The folders' command line with {@code --archive-dir DIR} replaced by {@code --after-ingest MODE} and more. */
    private static String[] withoutArchive(String[] args, String option, String mode, String... more) {
        List<String> list = new ArrayList<>(List.of(args));
        int archive = list.indexOf("--archive-dir");
        list.remove(archive + 1);
        list.remove(archive);
        list.addAll(List.of(option, mode));
        list.addAll(List.of(more));
        return list.toArray(String[]::new);
    }

    private static DatabaseSettings owner() {
        return DATABASE.settings();
    }

    private static List<String> eventFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")).toList();
        }
    }
}
