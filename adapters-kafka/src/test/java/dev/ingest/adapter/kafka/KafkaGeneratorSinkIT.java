package dev.ingest.adapter.kafka;

import dev.ingest.domain.event.MessageFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.kafka.testing.ConsumedMessage;
import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the sink does on a real broker beyond the contract: keys, formats, and the ways it refuses to start. */
class KafkaGeneratorSinkIT {

    private static final KafkaTestBroker KAFKA = KafkaTestBroker.shared();
    private static final Instant OPENED = Instant.parse("2025-03-01T10:15:30.042Z");
    private static final GeneratedRecord ALICE = GeneratedRecord.of("id-1", "user_1", "BOOK-001", "Atlas", "Books",
            "9.99", "view", "2025-03-01 10:15:30.042");
    private static final GeneratedRecord BOB = GeneratedRecord.of("id-2", "user_2", "HOME-001", "Pan, \"Deluxe\"",
            "Home", "$19.99", "purchase", "2025-03-01 10:15:30.043");
    private static final GeneratedRecord NOBODY = GeneratedRecord.of("id-3", " ", "HOME-001", "Pan", "Home", "1.00",
            "view", "2025-03-01 10:15:30.044");

    private static String newTopic(int partitions) {
        String topic = "sink-" + UUID.randomUUID();
        KAFKA.createTopic(topic, partitions);
        return topic;
    }

    private static KafkaTarget target(String topic, MessageFormat format, Map<String, String> options) {
        return new KafkaTarget(KAFKA.bootstrapServers(), topic, format, options);
    }

    @Test
    void each_user_s_events_share_a_key_and_so_a_partition_in_order() {
        String topic = newTopic(4);
        GeneratedRecord aliceAgain = GeneratedRecord.of("id-4", "user_1", "BOOK-002", "Map", "Books", "5.00",
                "purchase", "2025-03-01 10:15:31.000");
        try (KafkaGeneratorSink sink = KafkaGeneratorSink.open(target(topic, MessageFormat.JSON, Map.of()))) {
            sink.land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(ALICE, BOB, NOBODY)));
            sink.land(new GeneratedFile("0a1b2c3d", 2, OPENED, List.of(aliceAgain)));
        }

        List<ConsumedMessage> messages = KAFKA.consumeAll(topic);
        assertThat(messages).hasSize(4);
        List<ConsumedMessage> alice = messages.stream().filter(m -> "user_1".equals(m.key())).toList();
        assertThat(alice).extracting(ConsumedMessage::partition).containsOnly(alice.get(0).partition());
        assertThat(alice).extracting(m -> DecodedMessages.fromJson(m.valueText()).get(0)).containsExactly("id-1", "id-4");
        assertThat(messages).filteredOn(m -> m.key() == null).extracting(m -> DecodedMessages.fromJson(m.valueText()))
                .containsExactly(NOBODY.fields());
    }

    @Test
    void csv_messages_are_the_records_lines() {
        String topic = newTopic(1);
        try (KafkaGeneratorSink sink = KafkaGeneratorSink.open(target(topic, MessageFormat.CSV, Map.of()))) {
            String name = sink.land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(ALICE, BOB)));

            assertThat(name).isEqualTo("topic " + topic + ": 2 messages (generator 0a1b2c3d, chunk 1)");
        }

        assertThat(KAFKA.consumeAll(topic)).extracting(ConsumedMessage::valueText).containsExactly(
                "id-1,user_1,BOOK-001,Atlas,Books,9.99,view,2025-03-01 10:15:30.042",
                "id-2,user_2,HOME-001,\"Pan, \"\"Deluxe\"\"\",Home,$19.99,purchase,2025-03-01 10:15:30.043");
    }

    @Test
    void a_missing_topic_is_named() {
        assertThatThrownBy(() -> KafkaGeneratorSink.open(target("no-such-topic", MessageFormat.JSON, Map.of())))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot produce to topic no-such-topic on " + KAFKA.bootstrapServers())
                .hasMessageContaining("there is no such topic");
    }

    @Test
    void a_broker_nobody_answers_on_is_named_within_the_answer_timeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaTarget nowhere = new KafkaTarget("127.0.0.1:" + closedPort, "events", MessageFormat.JSON, Map.of());

        assertThatThrownBy(() -> KafkaGeneratorSink.open(nowhere)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot produce to topic events on 127.0.0.1:" + closedPort
                        + ": no broker answered within 10 s");
    }

    @Test
    void an_unresolvable_host_is_named() {
        KafkaTarget nowhere = new KafkaTarget("no-such-host.invalid:9092", "events", MessageFormat.JSON, Map.of());

        assertThatThrownBy(() -> KafkaGeneratorSink.open(nowhere)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot resolve host no-such-host.invalid");
    }

    @Test
    void an_invalid_client_option_is_refused_without_its_secret_values() {
        String topic = newTopic(1);

        assertThatThrownBy(() -> KafkaGeneratorSink.open(target(topic, MessageFormat.JSON,
                Map.of("acks", "banana"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acks");
        assertThatThrownBy(() -> KafkaGeneratorSink.open(target(topic, MessageFormat.JSON,
                Map.of("security.protocol", "NONSENSE", "sasl.jaas.config", "secret-jaas"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret-jaas");
    }

    @Test
    void the_target_never_shows_option_values() {
        KafkaTarget target = target("t", MessageFormat.JSON, Map.of("sasl.jaas.config", "password=\"s3cret\""));

        assertThat(target.toString()).contains("sasl.jaas.config").doesNotContain("s3cret");
    }
}
