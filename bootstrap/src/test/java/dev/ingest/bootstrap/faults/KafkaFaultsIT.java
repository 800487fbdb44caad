package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.bootstrap.faults.DatabaseProbe.LedgerRow;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka source under faults, against a real broker: a stream killed with SIGKILL twice in the middle of a topic
 * and restarted on its checkpoint, and a broker stopped for ten seconds mid-stream, each end with exactly what the
 * generator wrote: every event once, every repeat counted, every invalid event quarantined once.
 */
class KafkaFaultsIT {

    private static final long OUTAGE_MILLIS = 10_000;

    @Test
    void a_stream_killed_twice_mid_topic_and_restarted_ends_exact() {
        KafkaTestBroker kafka = KafkaTestBroker.shared();
        String topic = "kill-nine-" + ProcessHandle.current().pid();
        kafka.createTopic(topic, KafkaTopicDataset.PARTITIONS);
        KafkaTopicDataset dataset = KafkaTopicDataset.generateInto(kafka.bootstrapServers(), topic);
        StreamWorkspace workspace = StreamWorkspace.fresh("kafka-kill-nine").withKafka(kafka.bootstrapServers(), topic);

        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            for (int kill = 1; kill <= 2; kill++) {
                long atStart = probe.ledgerRows();
                StreamProcess stream = workspace.stream("--trigger", "0", "--max-offsets-per-trigger",
                        String.valueOf(KafkaTopicDataset.OFFSETS_PER_BATCH));
                assertThat(Poll.until(() -> probe.ledgerRows() >= atStart + 2 || !stream.isAlive(), 10, 12_000))
                        .isTrue();
                assertThat(stream.isAlive()).as("stream alive until killed; stderr:%n%s", stream.stderr()).isTrue();
                stream.kill();
                System.out.printf("[faults] kafka kill -9 #%d: ledger %d -> %d batches, %d ranges stored unrecorded%n",
                        kill, atStart, probe.ledgerRows(), probe.unrecordedFiles());
            }
            assertThat(probe.ledgerRows()).as("batches done before the last run")
                    .isLessThan(KafkaTopicDataset.EVENTS / KafkaTopicDataset.OFFSETS_PER_BATCH);
        }
        StreamProcess finish = workspace.streamAvailableNow("--max-offsets-per-trigger",
                String.valueOf(KafkaTopicDataset.OFFSETS_PER_BATCH));
        assertThat(finish.awaitExit()).as("final run; stderr:%n%s", finish.stderr()).isZero();

        assertEndedExactly(workspace, dataset);
    }

    @Test
    void a_broker_stopped_for_ten_seconds_mid_stream_is_ridden_out_exactly(@TempDir Path dir) {
        try (KafkaTestBroker kafka = KafkaTestBroker.start(dir.resolve("broker"))) {
            String topic = "outage";
            kafka.createTopic(topic, KafkaTopicDataset.PARTITIONS);
            KafkaTopicDataset dataset = KafkaTopicDataset.generateInto(kafka.bootstrapServers(), topic);
            StreamWorkspace workspace = StreamWorkspace.fresh("kafka-outage").withKafka(kafka.bootstrapServers(),
                    topic);

            StreamProcess stream = workspace.stream("--available-now", "--max-offsets-per-trigger",
                    String.valueOf(KafkaTopicDataset.OFFSETS_PER_BATCH / 3));
            try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
                assertThat(Poll.until(() -> probe.ledgerRows() >= 3 || !stream.isAlive(), 10, 12_000)).isTrue();
                System.out.println("[faults] stopping the Kafka broker after " + probe.ledgerRows() + " batches");
            }
            kafka.stop();
            Poll.pause(OUTAGE_MILLIS);
            assertThat(stream.isAlive()).as("stream waiting for the broker; stderr:%n%s", stream.stderr()).isTrue();
            kafka.restart();

            assertThat(stream.awaitExit()).as("stream after the outage; stderr:%n%s", stream.stderr()).isZero();
            assertEndedExactly(workspace, dataset);
        }
    }

    private static void assertEndedExactly(StreamWorkspace workspace, KafkaTopicDataset dataset) {
        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            List<LedgerRow> ledger = probe.ledger();
            assertThat(ledger.stream().mapToLong(LedgerRow::recordsIn).sum()).isEqualTo(dataset.events());
            assertThat(ledger.stream().mapToLong(LedgerRow::stored).sum()).isEqualTo(dataset.valid());
            assertThat(ledger.stream().mapToLong(LedgerRow::duplicates).sum()).isEqualTo(dataset.duplicates());
            assertThat(ledger.stream().mapToLong(LedgerRow::quarantined).sum()).isEqualTo(dataset.invalid());
            assertThat(probe.storedEvents()).hasSize((int) dataset.valid());
            assertThat(probe.distinctEventIds()).isEqualTo(dataset.valid());
            assertThat(probe.unrecordedFiles()).as("ranges stored by batches never recorded").isZero();
        }
        assertThat(QuarantineFiles.records(workspace.errorDir())).as("quarantined records")
                .doesNotHaveDuplicates().hasSize((int) dataset.invalid());
        Verification verification = Verification.of(workspace);
        assertThat(verification.exitCode()).as("%s", verification).isZero();
        assertThat(verification.out()).contains("Every message is accounted for.");
    }
}
