package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MigrateCliIT {

    private final Path directory = Path.of("target", "migrate-it-" + UUID.randomUUID());

    @AfterEach
    void deleteDirectory() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void migrates_a_server_given_by_url_then_finds_it_up_to_date() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("server"))) {
            String url = "jdbc:postgresql://localhost:" + server.port() + "/ecommerce_events";

            Run first = run("migrate", "--jdbc-url", url, "--db-user", "postgres");
            Run second = run("migrate", "--jdbc-url", url, "--db-user", "postgres");

            assertThat(first.exitCode).isZero();
            assertThat(first.out).contains("Created database localhost:" + server.port() + "/ecommerce_events",
                    "Applied V1 user events", "Applied V3 ingestion ledger", "Applied V4 ingested files", "Applied V8 ingested files by source file",
                    "Applied V9 ingested offsets", "Applied V10 report rollups", "Applied V11 stream progress",
                    "Applied V12 report rollups user bitmaps", "Applied V13 released files",
                    "Applied V14 rollups folded apart", "Applied V15 catch up waits for a running fold",
                    "is now at version 15");
            assertThat(second.exitCode).isZero();
            assertThat(second.out).doesNotContain("Created", "Applied").contains("is up to date at version 15");
        }
    }

    @Test
    void without_a_server_migrates_the_embedded_default() {
        Run run = run("migrate", "--embedded-dir", directory.resolve("embedded").toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("/ecommerce_events (embedded)", "Applied V1 user events");
    }

    @Test
    void gives_up_on_a_server_that_does_not_answer_once_the_retry_timeout_is_over() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String location = "127.0.0.1:" + closedPort + "/ecommerce_events";

        Run run = run("migrate", "--jdbc-url", "jdbc:postgresql://" + location, "--db-retry-timeout", "1s");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).startsWith("error: PostgreSQL at " + location + " unavailable for more than 1 s:");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
