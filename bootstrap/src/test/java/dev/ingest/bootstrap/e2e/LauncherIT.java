package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ingest}, the launcher: the first stream run records the class-data archive next to the jar, later runs
 * load classes from it. Runs a copy of the jar (its lib/ linked) so that the build's own archive is left alone.
 */
class LauncherIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final Path LAUNCHER = Path.of("..", "bin", "ingest").toAbsolutePath().normalize();
    private static final Path BUILT_JAR = Path.of("target", "ingest.jar").toAbsolutePath();

    @TempDir
    Path folder;

    /** JUnit would delete the link itself, with a warning that it leaves the linked folder alone. */
    @AfterEach
    void unlinkTheLibraries() throws IOException {
        Files.deleteIfExists(folder.resolve("build").resolve("lib"));
    }

    @Test
    void the_first_stream_records_the_class_archive_and_later_runs_load_classes_from_it() throws Exception {
        Path jar = copyOfTheJar();
        Path archive = folder.resolve("build").resolve("ingest.jsa");

        Run version = launch(jar, Map.of(), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("ingest ");
        assertThat(archive).as("only a stream or demo run records the archive").doesNotExist();

        Run stream = launch(jar, Map.of("POSTGRES_PASSWORD", DATABASE.settings().password()), stream());
        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(stream.out()).contains("Streaming ").doesNotContain("cds", "warning");
        assertThat(archive).isRegularFile();

        Path classLog = folder.resolve("classes.log");
        Run again = launch(jar, Map.of("INGEST_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "--version");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllLines(classLog)).anySatisfy(line -> assertThat(line)
                .contains("dev.ingest.bootstrap.cli.IngestCli").contains("shared objects file"));
    }

    @Test
    void a_missing_jar_is_one_line_naming_it_and_the_build_command() throws Exception {
        Run run = launch(folder.resolve("nowhere").resolve("ingest.jar"), Map.of(), "--version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + folder.resolve("nowhere").resolve("ingest.jar")
                + " not found; build it with: mvn -B -DskipTests package\n");
    }

    private Path copyOfTheJar() throws IOException {
        Path build = Files.createDirectories(folder.resolve("build"));
        Files.createSymbolicLink(build.resolve("lib"), BUILT_JAR.resolveSibling("lib"));
        return Files.copy(BUILT_JAR, build.resolve("ingest.jar"));
    }

    private String[] stream() throws IOException {
        DatabaseSettings database = DATABASE.settings();
        return new String[] {"stream", "--input", Files.createDirectories(folder.resolve("raw")).toString(),
                "--error-dir", folder.resolve("error").toString(), "--checkpoint", folder.resolve("checkpoint").toString(),
                "--metrics-log", folder.resolve("metrics.jsonl").toString(), "--available-now", "--no-ui",
                "--master", "local[2]", "--jdbc-url", database.jdbcUrl(), "--db-user", database.user()};
    }

    private Run launch(Path jar, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "launch", ".out");
        Path err = Files.createTempFile(folder, "launch", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("POSTGRES_")
                || variable.startsWith("INGEST_"));
        builder.environment().put("INGEST_JAR", jar.toString());
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + System.getenv("PATH"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/ingest did not end within 180 s: " + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
