package dev.ingest.bootstrap.e2e;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka source end to end through the real CLI: {@code generate} into a topic with invalid and repeated events,
 * {@code stream} from it, and the table, ledger, quarantine and {@code verify} reconcile exactly; a stream started
 * again without its checkpoint stores and counts nothing twice; poison messages of each shape are quarantined.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaStreamIT {

    private static final KafkaTestBroker KAFKA = KafkaTestBroker.shared();
    private static final String TOPIC = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    static Path folder;

    private static GeneratorSummary generated;
    private static CliRun firstStream;

    @BeforeAll
    static void generateThenStream() {
        KAFKA.createTopic(TOPIC, 3);
        CliRun generate = CliRun.of("generate", "--kafka-bootstrap-servers", KAFKA.bootstrapServers(), "--topic",
                TOPIC, "--events-per-second", "100000", "--count", "3000", "--invalid-ratio", "0.05",
                "--duplicate-ratio", "0.05", "--seed", "11", "--start-time", "2025-03-01T10:00:00Z");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        generated = GeneratorSummary.parse(generate.out());
        assertThat(generated.invalid()).isPositive();
        assertThat(generated.duplicates()).isPositive();
        firstStream = stream("checkpoint");
    }

    @Test
    @Order(1)
    void table_ledger_and_quarantine_match_the_generators_summary_exactly() throws IOException {
        assertThat(firstStream.exitCode()).as(firstStream.err()).isZero();
        assertThat(firstStream.out()).contains("Streaming topic " + TOPIC + " from " + KAFKA.bootstrapServers());

        LedgerTable.Totals totals = LedgerTable.totals(DATABASE.dsl());
        assertThat(List.of(totals.recordsIn(), totals.stored(), totals.duplicates(), totals.quarantined()))
                .isEqualTo(List.of(generated.events(), generated.valid(), generated.duplicates(), generated.invalid()));
        // 3,000 offsets at most 1,000 per batch.
        assertThat(totals.batches()).isGreaterThanOrEqualTo(3);
        assertThat(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(generated.valid());
        List<QuarantineFiles.Row> quarantined = QuarantineFiles.read(error());
        Map<String, Long> byReason = quarantined.stream()
                .flatMap(row -> row.reasons().stream())
                .collect(groupingBy(reason -> reason, TreeMap::new, counting()));
        assertThat(byReason).isEqualTo(generated.invalidByReason());
    }

    @Test
    @Order(2)
    void verify_accounts_for_every_message_by_topic_partition() {
        CliRun verify = verify();

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains(TOPIC + "/0", TOPIC + "/1", TOPIC + "/2")
                .contains("Total: " + generated.events() + " read = " + generated.valid() + " stored + "
                        + generated.duplicates() + " duplicates + " + generated.invalid() + " quarantined + 0 skipped")
                .contains("Every message is accounted for.");
    }

    @Test
    @Order(3)
    void a_stream_started_again_without_its_checkpoint_stores_and_counts_nothing_twice() {
        LedgerTable.Totals before = LedgerTable.totals(DATABASE.dsl());

        CliRun again = stream("a-new-checkpoint");

        assertThat(again.exitCode()).as(again.err()).isZero();
        LedgerTable.Totals after = LedgerTable.totals(DATABASE.dsl());
        assertThat(List.of(after.recordsIn(), after.stored(), after.duplicates(), after.quarantined()))
                .isEqualTo(List.of(before.recordsIn(), before.stored(), before.duplicates(), before.quarantined()));
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    @Order(4)
    void poison_messages_of_each_shape_are_quarantined_and_a_tombstone_skipped() throws IOException {
        int quarantinedBefore = QuarantineFiles.read(error()).size();
        KAFKA.send(TOPIC, 0, "poison", Arrays.asList(utf8("{\"event_id\":\"broken"), utf8("[1,2,3]"),
                utf8("{\"event_id\":\"x\"}"), null,
                utf8("{\"event_id\":\"p1\",\"user_id\":\"u\",\"product_id\":\"p\",\"product_name\":\"n\","
                        + "\"category\":\"c\",\"price\":{\"amount\":1},\"event_type\":\"view\","
                        + "\"timestamp\":\"2024-03-01 10:00:00\"}"),
                new byte[] {(byte) 0xC3, (byte) 0x28}));

        CliRun poisoned = stream("checkpoint");

        assertThat(poisoned.exitCode()).as(poisoned.err()).isZero();
        List<QuarantineFiles.Row> added = QuarantineFiles.read(error()).subList(quarantinedBefore,
                QuarantineFiles.read(error()).size());
        assertThat(added).flatExtracting(QuarantineFiles.Row::reasons).containsExactlyInAnyOrder("MALFORMED_RECORD",
                "MALFORMED_RECORD", "SCHEMA_MISMATCH", "SCHEMA_MISMATCH", "INVALID_CHARACTERS");
        assertThat(added).filteredOn(row -> row.reasons().contains("INVALID_CHARACTERS")).singleElement()
                .extracting(QuarantineFiles.Row::rawRecord).isEqualTo("base64:wyg=");
        CliRun verify = verify();
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("quarantined + 1 skipped");
    }

    private static CliRun stream(String checkpoint) {
        return CliRun.of(CliRun.against(DATABASE.settings(), "stream", "--kafka-bootstrap-servers",
                KAFKA.bootstrapServers(), "--topic", TOPIC, "--max-offsets-per-trigger", "1000",
                "--error-dir", error().toString(), "--checkpoint", folder.resolve(checkpoint).toString(),
                "--metrics-log", folder.resolve("metrics.log").toString(), "--available-now", "--no-ui",
                "--master", "local[2]"));
    }

    private static CliRun verify() {
        return CliRun.of(CliRun.against(DATABASE.settings(), "verify", "--kafka-bootstrap-servers",
                KAFKA.bootstrapServers(), "--topic", TOPIC));
    }

    private static Path error() {
        return folder.resolve("error");
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
