package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder option given as a {@code file:} URI ({@code file:///…} and {@code file:/…}, one with an escaped space)
 * instead of a path: {@code generate}, {@code stream} and {@code verify} work on the same folders as with plain paths,
 * and print them as paths.
 */
class FileUriLocationsIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    Path root;

    @Test
    void generate_stream_and_verify_take_file_uris_and_agree_with_plain_paths() throws IOException {
        Path input = root.resolve("landing folder");
        Path error = root.resolve("error");
        Path checkpoint = root.resolve("checkpoint");
        Path archive = root.resolve("archive");

        CliRun generate = CliRun.of("generate", "--output", input.toUri().toString(), "--count", "200",
                "--events-per-file", "100", "--events-per-second", "100000", "--invalid-ratio", "0.1",
                "--duplicate-ratio", "0.1", "--seed", "5", "--start-time", "2025-03-01T10:00:00Z");
        CliRun stream = CliRun.of(CliRun.against(DATABASE.settings(), "stream", "--input", input.toUri().toString(),
                "--error-dir", "file:" + error, "--checkpoint", "file:" + checkpoint, "--archive-dir", "file:" + archive,
                "--metrics-log", root.resolve("metrics.jsonl").toString(), "--available-now", "--no-ui",
                "--master", "local[2]"));
        CliRun verifyByUri = CliRun.of(CliRun.against(DATABASE.settings(), "verify", "--input",
                input.toUri().toString(), "--error-dir", "file:" + error, "--checkpoint", "file:" + checkpoint,
                "--archive-dir", "file:" + archive));
        CliRun verifyByPath = CliRun.of(CliRun.against(DATABASE.settings(), "verify", "--input", input.toString(),
                "--error-dir", error.toString(), "--checkpoint", checkpoint.toString(), "--archive-dir",
                archive.toString()));

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        GeneratorSummary generated = GeneratorSummary.parse(generate.out());
        assertThat(generate.out()).contains("in 2 files to " + input + " in ");
        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(stream.out()).contains("Streaming " + input + " into ");
        assertThat(verifyByUri.exitCode()).as(verifyByUri.out() + verifyByUri.err()).isZero();
        assertThat(verifyByUri.out()).contains(": input " + input + ", archive " + archive + ", quarantine " + error,
                String.format("Total: 2 files, 200 records arrived; 200 in = %d stored + %d duplicates + %d quarantined",
                        generated.valid(), generated.duplicates(), generated.invalid()),
                "Every record is accounted for.");
        assertThat(verifyByPath.out()).isEqualTo(verifyByUri.out());
        assertThat(QuarantineFiles.read(error)).hasSize((int) generated.invalid());
        try (Stream<Path> archived = Files.walk(archive)) {
            assertThat(archived.filter(Files::isRegularFile)).hasSize(2)
                    .allSatisfy(file -> assertThat(file.toString()).contains(input.toString().substring(1)));
        }
    }
}
