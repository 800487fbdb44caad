package dev.ingest.bootstrap.security;

import static dev.ingest.bootstrap.testing.LandedEventFiles.land;
import static dev.ingest.bootstrap.testing.LandedEventFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.CapturedOutput;
import dev.ingest.bootstrap.testing.CapturedOutput.Captured;
import dev.ingest.bootstrap.testing.FileTree;
import dev.ingest.bootstrap.testing.InProcessCli;
import dev.ingest.bootstrap.testing.InProcessCli.Result;
import dev.ingest.bootstrap.testing.StreamFolders;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A password given to the application never shows in what it prints, logs or writes, whether it runs or fails. */
class CredentialsNotLoggedIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String PASSWORD = "Kn0wn-Pa55-7f3e9c";

    @TempDir
    Path root;

    @Test
    void a_streamed_run_prints_logs_and_writes_nothing_of_the_password() {
        StreamFolders folders = StreamFolders.under(root);
        land(folders.input(), "a.csv", valid("a-1"), valid("a-2").replace("19.99", "-1"), "too,few");
        DatabaseSettings db = DATABASE.settings();

        Captured<Result> run = CapturedOutput.during(() -> InProcessCli.run(folders.stream(db, db.user(), PASSWORD)));
        Captured<Result> verify = CapturedOutput.during(() -> InProcessCli.run(folders.verify(db, db.user(), PASSWORD)));

        assertThat(run.result().exitCode()).as(run.result().err()).isZero();
        assertThat(verify.result().exitCode()).isZero();
        // What is searched is really there: the per-batch line, Spark's INFO logs, the metrics and quarantine files.
        assertThat(run.stdout()).contains("batch 0: 1 files, 3 in");
        assertThat(run.logs()).contains("INFO");
        String written = FileTree.allText(root);
        assertThat(written).contains("\"stream_id\"", "NON_POSITIVE_PRICE");
        assertThat(List.of(run.result().out(), run.result().err(), run.stdout(), run.stderr(), run.logs(),
                verify.result().out(), verify.stdout(), verify.logs(), written))
                .noneMatch(text -> text.contains(PASSWORD));
    }

    @Test
    void failing_to_reach_the_database_names_it_without_the_password_even_when_verbose() throws IOException {
        int closedPort = closedPort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/ecommerce_events";
        StreamFolders folders = StreamFolders.under(root);

        List<Captured<Result>> runs = new ArrayList<>();
        for (String[] args : List.of(
                new String[] {"stream", "--verbose", "--db-retry-timeout", "1s", "--jdbc-url", url,
                        "--db-password", PASSWORD, "--input", folders.input().toString(),
                        "--error-dir", folders.error().toString(), "--checkpoint", folders.checkpoint().toString(),
                        "--metrics-log", folders.metricsLog().toString(), "--available-now", "--no-ui"},
                new String[] {"verify", "--verbose", "--db-retry-timeout", "1s", "--jdbc-url", url,
                        "--db-password", PASSWORD, "--input", folders.input().toString(),
                        "--error-dir", folders.error().toString(), "--checkpoint", checkpointWithId().toString()})) {
            runs.add(CapturedOutput.during(() -> InProcessCli.run(args)));
        }

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.result().exitCode()).isEqualTo(1);
            assertThat(run.result().err()).contains("127.0.0.1:" + closedPort);
            assertThat(List.of(run.result().out(), run.result().err(), run.stdout(), run.stderr(), run.logs()))
                    .noneMatch(text -> text.contains(PASSWORD));
        });
    }

    @Test
    void credentials_written_into_the_url_show_in_no_retry_line_and_no_error() throws IOException {
        String server = "127.0.0.1:" + closedPort() + "/ecommerce_events";
        List<String> urls = List.of("jdbc:postgresql://bob:" + PASSWORD + "@" + server,
                "jdbc:postgresql://" + server + "?user=bob&password=" + PASSWORD + "&sslpassword=" + PASSWORD);

        List<Captured<Result>> runs = new ArrayList<>();
        for (String url : urls) {
            StreamFolders folders = StreamFolders.under(root.resolve("run-" + runs.size()));
            runs.add(CapturedOutput.during(() -> InProcessCli.run("stream", "--verbose", "--db-retry-timeout", "1s",
                    "--jdbc-url", url, "--input", folders.input().toString(), "--error-dir", folders.error().toString(),
                    "--checkpoint", folders.checkpoint().toString(), "--metrics-log", folders.metricsLog().toString(),
                    "--available-now", "--no-ui")));
        }

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.result().exitCode()).as(run.result().err()).isEqualTo(1);
            assertThat(run.result().err()).startsWith("error: PostgreSQL at " + server + " unavailable");
            assertThat(run.logs()).contains("PostgreSQL at " + server + ": attempt 1 failed");
            assertThat(List.of(run.result().out(), run.result().err(), run.stdout(), run.stderr(), run.logs()))
                    .noneMatch(text -> text.contains(PASSWORD));
        });
    }

    @Test
    void a_password_from_the_environment_never_reaches_the_process_output() throws Exception {
        int closedPort = closedPort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "ingest.jar").toString(), "stream", "--verbose", "--db-retry-timeout", "1s",
                "--input", root.resolve("input").toString(), "--error-dir", root.resolve("error").toString(),
                "--checkpoint", root.resolve("checkpoint").toString(), "--available-now", "--no-ui")
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", String.valueOf(closedPort),
                "POSTGRES_PASSWORD", PASSWORD));
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output).contains("127.0.0.1:" + closedPort).doesNotContain(PASSWORD);
        } finally {
            process.destroyForcibly();
        }
    }

    private Path checkpointWithId() throws IOException {
        Path checkpoint = Files.createDirectories(root.resolve("verified-checkpoint"));
        Files.writeString(checkpoint.resolve("ingest-stream-id"), "stream-1\n");
        return checkpoint;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
