package dev.ingest.bootstrap.cli;

import static dev.ingest.bootstrap.testing.LandedEventFiles.land;
import static dev.ingest.bootstrap.testing.LandedEventFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.InProcessCli;
import dev.ingest.bootstrap.testing.InProcessCli.Result;
import dev.ingest.bootstrap.testing.StreamFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class VerifyCliIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    Path root;

    @Test
    void accounts_for_a_streamed_run_then_names_a_late_file_and_a_lost_quarantine_file() throws IOException {
        StreamFolders folders = StreamFolders.under(root);
        land(folders.input(), "a.csv", valid("a-1"), valid("a-2"), valid("a-1"), valid("a-3").replace("19.99", "free"));
        land(folders.input(), "b.csv", valid("b-1"), "too,few,fields", valid("a-2"));
        DatabaseSettings db = DATABASE.settings();

        Result stream = InProcessCli.run(folders.stream(db, db.user(), db.password()));
        Result verified = InProcessCli.run(folders.verify(db, db.user(), db.password()));

        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).containsPattern("a\\.csv +4 +[01] +4 +ok")
                .containsPattern("b\\.csv +3 +[01] +3 +ok")
                .contains("Total: 2 files, 7 records arrived; 7 in = 3 stored + 2 duplicates + 2 quarantined",
                        "Table user_events: 3 rows, this stream stored 3", "Every record is accounted for.");

        land(folders.input(), "late.csv", valid("c-1"));
        // Each file quarantined one record, so whichever batch took which file, batch 1 quarantined one.
        deleteQuarantineOf(folders, 1);
        Result unbalanced = InProcessCli.run(folders.verify(db, db.user(), db.password()));

        assertThat(unbalanced.exitCode()).isEqualTo(1);
        assertThat(unbalanced.out()).containsPattern("late\\.csv +1 +- +- +NOT PROCESSED");
        assertThat(unbalanced.err()).contains("Not accounted for (2):",
                "late.csv: arrived with 1 records but no committed batch took it",
                "batch 1: quarantined 1 records but its quarantine folder holds 0");
    }

    @Test
    void a_checkpoint_no_stream_ran_with_is_a_one_line_error() {
        StreamFolders folders = StreamFolders.under(root);
        DatabaseSettings db = DATABASE.settings();

        Result result = InProcessCli.run(folders.verify(db, db.user(), db.password()));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("error: no stream has run with the checkpoint").doesNotContain("\n");
    }

    private static void deleteQuarantineOf(StreamFolders folders, long batchId) throws IOException {
        try (Stream<Path> files = Files.walk(folders.error())) {
            for (Path file : files.filter(path -> path.getParent().getFileName().toString().equals("batch=" + batchId))
                    .toList()) {
                Files.delete(file);
            }
        }
    }
}
