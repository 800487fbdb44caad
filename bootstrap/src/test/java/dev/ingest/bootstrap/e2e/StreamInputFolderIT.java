package dev.ingest.bootstrap.e2e;

import static dev.ingest.bootstrap.testing.LandedEventFiles.land;
import static dev.ingest.bootstrap.testing.LandedEventFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code stream} started before anything has landed (a fresh clone, docker compose without the generator). */
class StreamInputFolderIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    Path folder;

    @Test
    void a_missing_input_folder_is_created_and_watched() {
        Path input = folder.resolve("data").resolve("raw");

        CliRun run = CliRun.of(CliRun.against(DATABASE.settings(), stream(input)));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(input).isDirectory();
        assertThat(run.out()).contains("Streaming " + input);
    }

    @Test
    void an_available_now_run_with_an_archive_leaves_every_file_it_took_archived_the_last_batch_s_too()
            throws IOException {
        Path input = folder.resolve("raw");
        Path archive = folder.resolve("archive");
        land(input, "a.csv", valid("a-1"));
        land(input, "b.csv", valid("b-1"));
        land(input, "c.csv", valid("c-1"));

        CliRun run = CliRun.of(CliRun.against(DATABASE.settings(), stream(input, "--archive-dir", archive.toString(),
                "--max-files-per-trigger", "1")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("batch 2: 1 files");
        assertThat(filesUnder(input)).isEmpty();
        assertThat(filesUnder(archive)).containsExactlyInAnyOrder(
                archive.resolve(input.toString().substring(1)).resolve("a.csv"),
                archive.resolve(input.toString().substring(1)).resolve("b.csv"),
                archive.resolve(input.toString().substring(1)).resolve("c.csv"));
    }

    @Test
    void an_input_that_is_a_file_is_bad_usage_found_before_connecting() throws IOException {
        Path file = Files.writeString(folder.resolve("events.csv"), "not a folder");
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/ecommerce_events", "ingest", "",
                Duration.ofSeconds(1));

        CliRun run = CliRun.of(CliRun.against(nowhere, stream(file)));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --input " + file + " is not a folder");
    }

    private String[] stream(Path input, String... more) {
        return Stream.concat(Stream.of("stream", "--input", input.toString(),
                "--error-dir", folder.resolve("error").toString(), "--checkpoint", folder.resolve("checkpoint").toString(),
                "--metrics-log", folder.resolve("metrics.jsonl").toString(), "--available-now", "--no-ui",
                "--master", "local[2]", "--db-retry-timeout", "5s"), Stream.of(more)).toArray(String[]::new);
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
