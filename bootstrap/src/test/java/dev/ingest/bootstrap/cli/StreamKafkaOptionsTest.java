package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stream's Kafka options: mistakes are refused with one line before anything starts. */
class StreamKafkaOptionsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--topic events|error: --topic needs --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092|error: --kafka-bootstrap-servers needs --topic",
            "--starting-offsets latest|error: --starting-offsets needs --kafka-bootstrap-servers and --topic",
            "--max-offsets-per-trigger 5|error: --max-offsets-per-trigger needs --kafka-bootstrap-servers and --topic",
            "--fail-on-data-loss|error: --fail-on-data-loss needs --kafka-bootstrap-servers and --topic",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --input raw|"
                    + "error: --input is for files; it cannot be used with --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --archive-dir done|"
                    + "error: --archive-dir is for files; it cannot be used with --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --max-files-per-trigger 2|"
                    + "error: --max-files-per-trigger is for files; it cannot be used with --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --max-bytes-per-trigger 1m|"
                    + "error: --max-bytes-per-trigger is for files; it cannot be used with --kafka-bootstrap-servers",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic a,b! --no-ui|"
                    + "error: --topic expects topic names (letters, digits, '.', '_', '-'), separated by commas, "
                    + "got 'a,b!'",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --starting-offsets middle|"
                    + "error: Invalid value for option '--starting-offsets': 'middle' is neither earliest nor latest",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --max-offsets-per-trigger 0|"
                    + "error: --max-offsets-per-trigger must be positive",
            "--kafka-bootstrap-servers 127.0.0.1:9092 --topic events --kafka-option sasl.jaas.config|"
                    + "error: --kafka-option expects KEY=VALUE, got a value without '='"})
    void kafka_options_given_by_halves_or_with_folder_options_exit_2_with_one_line(String arguments, String message) {
        String[] args = Stream.concat(Stream.of("stream"), Stream.of(arguments.split(" "))).toArray(String[]::new);

        int exit = IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).get().asString().isEqualTo(message);
        assertThat(err.toString()).contains("Usage: ingest stream");
    }
}
