package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI's contract with scripts: {@code --help} answers 0; bad usage 2 with one {@code error:} line and the usage;
 * a runtime failure 1 with one {@code error:} line, no stack trace, and never the password.
 */
class CliContractIT {

    /** Nothing listens on port 1: any command that got as far as the database would fail, not report bad usage. */
    private static final String DEAD_URL = "jdbc:postgresql://127.0.0.1:1/ecommerce_events";
    private static final String PASSWORD = "pw-Zq7-never-shown";
    /** The dead server with the known password, for commands that must stop before connecting. */
    private static final DatabaseSettings DEAD_DATABASE =
            new DatabaseSettings(DEAD_URL, "ingest", PASSWORD, Duration.ofSeconds(1));
    private static final String RETRY_LOG_LINE = ".* WARN .*attempt \\d+ failed, retrying in \\d+ ms: .*";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"", "migrate", "generate", "stream", "report", "demo", "dashboard", "help"})
    void every_command_answers_help_with_its_usage_and_exit_0(String command) {
        CliRun run = CliRun.of(command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"});

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: ingest" + (command.isEmpty() ? " [" : " " + command + " ["));
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stream --max-files-per-trigger 0",
            "stream --max-files-per-trigger 2 --max-bytes-per-trigger 1g",
            "stream --max-bytes-per-trigger lots",
            "stream --extra-columns sometimes",
            "stream --trigger soon",
            "generate --events-per-second -1",
            "report nonsense",
            "stream --no-such-option",
            "stream --master spark://203.0.113.7:7077",
            "demo --duration forever",
            "demo --dashboard-port 70000",
            "dashboard --port many",
            "dashboard --port -1",
            "dashboard --host"})
    void bad_usage_exits_2_with_one_error_line_then_the_usage(String commandLine) {
        String[] words = commandLine.split(" ");
        // Database flags where the command takes them: it must fail on the usage before ever connecting.
        CliRun run = CliRun.of(words[0].equals("generate") ? words : CliRun.against(DEAD_DATABASE, words));

        assertBadUsage(run, words[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate --count 5 --db-password " + PASSWORD, "generate --db-password=" + PASSWORD,
            "stream --db-password " + PASSWORD + " " + PASSWORD})
    void bad_usage_never_echoes_a_password(String commandLine) {
        String[] words = commandLine.split(" ");

        CliRun run = CliRun.of(words);

        assertBadUsage(run, words[0]);
        assertThat(run.err()).contains("****");
    }

    private static void assertBadUsage(CliRun run, String command) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        List<String> err = run.err().lines().toList();
        assertThat(err.get(0)).startsWith("error: ");
        assertThat(err.subList(1, err.size())).noneMatch(line -> line.startsWith("error"));
        assertThat(err.get(1)).startsWith("Usage: ingest " + command);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain(PASSWORD, "\tat ", "Exception");
    }

    @Test
    void an_unreachable_database_exits_1_with_one_line_and_never_shows_the_password() throws Exception {
        // Both in JVMs of their own, side by side: only a whole process shows everything written to stderr.
        ChildJvm stream = ChildJvm.start(folder, "stream", "stream", "--jdbc-url", DEAD_URL, "--db-user", "ingest",
                "--db-password", PASSWORD, "--db-retry-timeout", "1s", "--available-now", "--no-ui",
                "--input", folder.resolve("raw").toString(), "--error-dir", folder.resolve("error").toString(),
                "--checkpoint", folder.resolve("checkpoint").toString(),
                "--metrics-log", folder.resolve("metrics.jsonl").toString());
        ChildJvm report = ChildJvm.start(folder, "report", "report", "summary", "--jdbc-url", DEAD_URL,
                "--db-user", "ingest", "--db-password", PASSWORD);

        for (CliRun run : List.of(stream.await(120), report.await(120))) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            List<String> errorLines = run.err().lines().filter(line -> !line.matches(RETRY_LOG_LINE)).toList();
            assertThat(errorLines).as(run.err()).singleElement().asString()
                    .startsWith("error: ").contains("127.0.0.1:1/ecommerce_events");
            assertThat(run.out() + run.err()).doesNotContain(PASSWORD).doesNotContain("\tat ");
        }
    }
}
