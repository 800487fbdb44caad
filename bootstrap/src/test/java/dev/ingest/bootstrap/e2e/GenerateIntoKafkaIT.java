package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.kafka.testing.ConsumedMessage;
import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.bootstrap.IngestApplication;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest generate} into a real Kafka broker through the real CLI: counts, keys, reproducibility, failures. */
class GenerateIntoKafkaIT {

    private static final KafkaTestBroker KAFKA = KafkaTestBroker.shared();
    private static final String[] SEEDED = {"--count", "2000", "--seed", "7", "--start-time", "2025-03-01T10:00:00Z",
            "--events-per-second", "5000", "--invalid-ratio", "0.1", "--duplicate-ratio", "0.1"};

    @TempDir
    Path folder;

    private static String newTopic() {
        String topic = "generate-" + UUID.randomUUID();
        KAFKA.createTopic(topic, 3);
        return topic;
    }

    private static CliRun generate(String topic, String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--kafka-bootstrap-servers", KAFKA.bootstrapServers(),
                "--topic", topic));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void every_event_counted_is_one_message_keyed_by_its_user_and_the_same_seed_gives_the_same_messages() {
        String topic = newTopic();
        CliRun run = generate(topic, SEEDED);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).containsPattern("wrote 2000 events in \\d+ flushes to topic " + topic + " on "
                + KAFKA.bootstrapServers());
        GeneratorSummary summary = GeneratorSummary.parse(run.out());
        List<ConsumedMessage> messages = KAFKA.consumeAll(topic);
        assertThat(messages).hasSize(2000);
        assertThat(summary.duplicates()).isPositive();
        for (ConsumedMessage message : messages) {
            String userId = JsonFields.of(message.valueText()).get(1);
            assertThat(message.key()).as(message.valueText()).isEqualTo(userId.isBlank() ? null : userId);
        }
        assertThat(messages.stream().filter(m -> !m.valueText().endsWith("}")).count())
                .as("truncated JSON, one per malformed record").isEqualTo(summary.invalidByReason().get("MALFORMED_RECORD"));
        assertThat(messages.stream().filter(m -> m.valueText().contains("\"price\":\"$")).count())
                .isEqualTo(summary.invalidByReason().get("INVALID_PRICE"));

        String again = newTopic();
        assertThat(generate(again, SEEDED).exitCode()).isEqualTo(0);
        List<ConsumedMessage> repeated = KAFKA.consumeAll(again);
        assertThat(byKey(repeated)).isEqualTo(byKey(messages));
        assertThat(values(repeated)).isEqualTo(values(messages));
    }

    @Test
    void a_flush_interval_of_a_few_milliseconds_flushes_that_often_in_event_time() {
        String topic = newTopic();
        CliRun run = generate(topic, "--count", "200", "--seed", "7", "--start-time", "2025-03-01T10:00:00Z",
                "--events-per-second", "1000", "--flush-interval", "10ms");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        // 200 events 1 ms apart in event time: 20 flushes of 10 ms, against 2 at the default 100 ms.
        assertThat(run.out()).contains("wrote 200 events in 20 flushes to topic " + topic);
        assertThat(KAFKA.consumeAll(topic)).hasSize(200);
    }

    @Test
    void csv_messages_are_one_line_of_eight_fields_except_the_malformed_ones() throws IOException {
        String topic = newTopic();
        CliRun run = generate(topic, "--kafka-format", "csv", "--count", "300", "--seed", "3",
                "--events-per-second", "5000", "--invalid-ratio", "0.2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        GeneratorSummary summary = GeneratorSummary.parse(run.out());
        long wrongCount = 0;
        for (ConsumedMessage message : KAFKA.consumeAll(topic)) {
            List<CSVRecord> lines = CSVFormat.RFC4180.parse(new StringReader(message.valueText())).getRecords();
            assertThat(lines).as(message.valueText()).hasSize(1);
            wrongCount += lines.get(0).size() == 8 ? 0 : 1;
        }
        assertThat(wrongCount).isEqualTo(summary.invalidByReason().get("MALFORMED_RECORD"));
    }

    @Test
    void a_broker_nobody_answers_on_fails_in_one_line_naming_it_and_the_answer_timeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.of("generate", "--kafka-bootstrap-servers", "127.0.0.1:" + closedPort, "--topic", "events",
                "--count", "10");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: cannot produce to topic events on 127.0.0.1:" + closedPort
                + ": no broker answered within 10 s");
    }

    @Test
    void a_missing_topic_fails_in_one_line_naming_it() {
        CliRun run = generate("never-created", "--count", "10");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: cannot produce to topic never-created on "
                + KAFKA.bootstrapServers() + ": there is no such topic (create it first: the generator creates no "
                + "topics)");
    }

    @Test
    void sigterm_flushes_every_accepted_event_prints_the_summary_and_exits_0() throws Exception {
        String topic = newTopic();
        Path stdout = folder.resolve("stdout.txt");
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestApplication.class.getName(), "generate",
                "--kafka-bootstrap-servers", KAFKA.bootstrapServers(), "--topic", topic, "--events-per-second", "2000")
                .redirectOutput(stdout.toFile())
                .redirectError(folder.resolve("stderr.txt").toFile())
                .start();
        try {
            awaitMessages(topic, generator);
            generator.destroy();
            assertThat(generator.waitFor(60, TimeUnit.SECONDS)).as("generator ended after SIGTERM").isTrue();
        } finally {
            generator.destroyForcibly();
        }

        assertThat(generator.exitValue()).as(Files.readString(folder.resolve("stderr.txt"))).isEqualTo(0);
        GeneratorSummary summary = GeneratorSummary.parse(Files.readString(stdout, StandardCharsets.UTF_8));
        assertThat(summary.events()).isPositive();
        assertThat(KAFKA.consumeAll(topic)).hasSize((int) summary.events());
    }

    /** Polls until the generator has flushed more than once, so that it is surely mid-way. */
    private static void awaitMessages(String topic, Process generator) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (KAFKA.consumeAll(topic).size() > 1000) {
                return;
            }
            assertThat(generator.isAlive()).as("generator still running").isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no messages on " + topic);
    }

    /** Each key's values in partition order: what the key promises to keep. */
    private static Map<String, List<String>> byKey(List<ConsumedMessage> messages) {
        return messages.stream().filter(m -> m.key() != null).collect(Collectors.groupingBy(ConsumedMessage::key,
                TreeMap::new, Collectors.mapping(ConsumedMessage::valueText, Collectors.toList())));
    }

    private static List<String> values(List<ConsumedMessage> messages) {
        return messages.stream().map(ConsumedMessage::valueText).sorted().toList();
    }

    /** The values of a JSON message in key order, a truncated (malformed) one closed first; Jackson as an outside reader. */
    private static final class JsonFields {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static List<String> of(String value) {
            try {
                List<String> fields = new ArrayList<>();
                JSON.readTree(value.endsWith("}") ? value : value + "}").forEach(node -> fields.add(node.asText()));
                return fields;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
