package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateCliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--events-per-second -5|error: --events-per-second must be positive",
            "--mix view=0.5,click=0.5|error: unknown event type 'click' in --mix (expected view, add_to_cart, purchase)",
            "--invalid-ratio 1.5|error: --invalid-ratio must be between 0 and 1",
            "--duplicate-ratio -0.1|error: --duplicate-ratio must be between 0 and 1",
            "--count 10 --duration 5|error: give either --duration or --count, not both",
            "--duration soon|error: --duration expects seconds or a duration like 500ms, 10s, 2m, got 'soon'",
            "--start-time yesterday|error: --start-time expects a time like 2025-03-01T10:00:00Z or '2025-03-01 10:00:00' (UTC), got 'yesterday'",
            "--time-span 30d|error: --time-span needs --count",
            "--count 10 --time-span 30d --events-per-second 5|error: --time-span writes at full speed; drop --events-per-second",
            "--count 10 --time-span 30d --file-interval 5s|error: --time-span writes at full speed; drop --file-interval",
            "--count 10 --time-span 0d|error: --time-span must be positive",
            "--count 10 --flush-interval 5ms|error: --flush-interval is for Kafka; it needs --kafka-bootstrap-servers and --topic",
            "--users many|error: Invalid value for option '--users': 'many' is not an int"})
    void bad_arguments_exit_2_with_one_line_and_the_usage(String arguments, String message) {
        String[] args = Stream.concat(Stream.of("generate", "--output", folder.toString()),
                Stream.of(arguments.split(" "))).toArray(String[]::new);

        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).contains(message);
        assertThat(err.toString()).contains("Usage: ingest generate");
        assertThat(folder.toFile().list()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--topic events|error: --topic needs --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092|error: --kafka-bootstrap-servers needs --topic",
            "--kafka-format csv|error: --kafka-format needs --kafka-bootstrap-servers",
            "--kafka-option acks=1|error: --kafka-option needs --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --output raw|"
                    + "error: --output is for files; it cannot be used with --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --file-interval 1s|"
                    + "error: --file-interval is for files; it cannot be used with --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --flush-interval 0ms|"
                    + "error: --flush-interval must be positive",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --flush-interval soon|"
                    + "error: --flush-interval expects seconds or a duration like 500ms, 10s, 2m, got 'soon'",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --time-span 30d --flush-interval 5ms|"
                    + "error: --time-span writes at full speed; drop --flush-interval",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --events-per-file 10|"
                    + "error: --events-per-file is for files; it cannot be used with --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers localhost --topic events|"
                    + "error: --kafka-bootstrap-servers expects HOST:PORT[,HOST:PORT...], got 'localhost'",
            "--kafka-bootstrap-servers a:1,b:99999 --topic events|"
                    + "error: --kafka-bootstrap-servers expects HOST:PORT[,HOST:PORT...], got 'a:1,b:99999'",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic a,b|"
                    + "error: --topic expects one topic name (letters, digits, '.', '_', '-'), got 'a,b'",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic t --kafka-format xml|"
                    + "error: Invalid value for option '--kafka-format': 'xml' is neither json nor csv",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic t --kafka-option hunter2|"
                    + "error: --kafka-option expects KEY=VALUE, got a value without '='",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic t --kafka-option bootstrap.servers=x:1|"
                    + "error: --kafka-option bootstrap.servers: give --kafka-bootstrap-servers instead"})
    void kafka_options_given_by_halves_or_with_file_options_exit_2_with_one_line(String arguments, String message) {
        String[] args = Stream.concat(Stream.of("generate", "--count", "1"), Stream.of(arguments.split(" ")))
                .toArray(String[]::new);

        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).get().asString().isEqualTo(message);
        assertThat(err.toString()).contains("Usage: ingest generate").doesNotContain("hunter2");
    }

    @Test
    void an_output_path_that_is_a_file_is_a_usage_error() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

        assertThat(run("generate", "--output", file.toString(), "--count", "1")).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).contains("error: output " + file + " is not a directory");
    }

    @Test
    void generates_the_count_asked_for_and_prints_the_summary() throws IOException {
        int exit = run("generate", "--output", folder.toString(), "--events-per-second", "5000", "--count", "120",
                "--events-per-file", "50", "--seed", "3", "--start-time", "2025-03-01 10:00:00", "--invalid-ratio", "0.1",
                "--duplicate-ratio", "0.1");

        assertThat(exit).isEqualTo(0);
        assertThat(out.toString()).containsPattern("generator [0-9a-f]{8} wrote 120 events in 3 files to ")
                .containsPattern("valid: \\d+  duplicates injected: \\d+  invalid injected: \\d+");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .hasSize(3)
                    .allMatch(name -> name.matches("events_20250301_100000_\\d{3}_[0-9a-f]{8}_00000[1-3]\\.csv"));
        }
    }

    @Test
    void a_time_span_lands_a_backfill_of_history_at_full_speed() throws IOException {
        int exit = run("generate", "--output", folder.toString(), "--count", "3000", "--time-span", "30d",
                "--events-per-file", "1000", "--start-time", "2025-03-01 00:00:00");

        assertThat(exit).isEqualTo(0);
        try (Stream<Path> files = Files.list(folder)) {
            String lastLines = files.sorted().reduce((first, last) -> last).map(GenerateCliTest::lastLine).orElseThrow();
            assertThat(lastLines).contains("2025-03-30 23:");
        }
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.get(lines.size() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void help_explains_reproducible_runs() {
        assertThat(run("generate", "--help")).isEqualTo(0);

        assertThat(out.toString()).contains("--seed S with --start-time T gives byte-identical output")
                .contains("--events-per-second").contains("--invalid-ratio").contains("--duplicate-ratio");
    }
}
