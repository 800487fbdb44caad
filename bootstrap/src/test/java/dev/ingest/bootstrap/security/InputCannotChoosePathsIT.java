package dev.ingest.bootstrap.security;

import static dev.ingest.bootstrap.testing.LandedEventFiles.HEADER;
import static dev.ingest.bootstrap.testing.LandedEventFiles.land;
import static dev.ingest.bootstrap.testing.LandedEventFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.FileTree;
import dev.ingest.bootstrap.testing.InProcessCli;
import dev.ingest.bootstrap.testing.InProcessCli.Result;
import dev.ingest.bootstrap.testing.StreamFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records and file names crafted as paths ({@code ../..}, absolute paths, {@code source_file} columns, a file named
 * {@code ..csv}) make the stream write nothing outside its error, archive and checkpoint folders and its metrics log:
 * only the validated stream id and numbers ever become part of a path it writes.
 */
class InputCannotChoosePathsIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    Path root;

    @Test
    void nothing_appears_outside_the_stream_s_own_folders() throws IOException {
        // Two levels deep, so that "../../x" from any of the stream's folders still lands inside the watched root.
        StreamFolders folders = StreamFolders.under(root.resolve("level1").resolve("level2"));
        Path outside = root.resolve("outside").resolve("pwned.csv");
        land(folders.input(), "evil.csv",
                valid("../../x"),
                valid("e-2").replace("Desk lamp", "../../../escaped.csv").replace("user-1", outside.toString()),
                valid("../../../quarantined-x").replace("19.99", "../../y"),
                "../../z,..,../..",
                valid("source_file=../../w").replace("Home & Kitchen", "source_file"));
        land(folders.input(), "renamed-columns.csv", "source_file,record_number", "../../../v.csv,1");
        land(folders.input(), "..%2F..%2Fencoded.csv", valid("e-3"));
        Files.writeString(folders.input().resolve("..csv"), HEADER + "\n" + valid("../../hidden") + "\n");
        Set<Path> before = FileTree.paths(root);
        DatabaseSettings db = DATABASE.settings();

        Result stream = InProcessCli.run(folders.stream(db, db.user(), db.password()));
        Result verify = InProcessCli.run(folders.verify(db, db.user(), db.password()));

        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        Set<Path> created = new HashSet<>(FileTree.paths(root));
        created.removeAll(before);
        assertThat(created).isNotEmpty().allSatisfy(path -> assertThat(
                path.startsWith(folders.error()) || path.startsWith(folders.archive())
                        || path.startsWith(folders.checkpoint()) || path.equals(folders.metricsLog()))
                .as("%s is inside the error, archive or checkpoint folder, or is the metrics log", path)
                .isTrue());
        assertThat(created).anyMatch(path -> path.startsWith(folders.error()))
                .anyMatch(path -> path.startsWith(folders.archive()));
        assertThat(outside).doesNotExist();
        assertThat(folders.input().resolve("..csv")).exists();
    }
}
