package dev.ingest.adapter.kafka.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness itself: a real broker that takes and gives back messages and survives a stop and a kill. */
class KafkaTestBrokerIT {

    private static KafkaTestBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaTestBroker.start(Path.of("target", "kafka-test-broker-it-" + System.nanoTime()));
    }

    @AfterAll
    static void close() {
        broker.close();
    }

    @Test
    void a_topic_created_takes_messages_and_gives_them_back_by_partition_and_offset() {
        broker.createTopic("harness-roundtrip", 2);

        send("harness-roundtrip", "k1", "one", "two");

        List<ConsumedMessage> messages = broker.consumeAll("harness-roundtrip");
        assertThat(messages).extracting(ConsumedMessage::valueText).containsExactly("one", "two");
        assertThat(messages).extracting(ConsumedMessage::key).containsOnly("k1");
        assertThat(messages).extracting(ConsumedMessage::partition).containsOnly(messages.get(0).partition());
        assertThat(messages).extracting(ConsumedMessage::offset).containsExactly(0L, 1L);
    }

    @Test
    void topics_are_not_created_on_first_use() {
        assertThatThrownBy(() -> broker.consumeAll("harness-never-created")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_stopped_or_killed_broker_comes_back_on_the_same_port_with_its_messages() {
        broker.createTopic("harness-restart", 1);
        send("harness-restart", null, "before-stop");
        String servers = broker.bootstrapServers();

        broker.stop();
        broker.restart();
        send("harness-restart", null, "after-stop");
        broker.kill();
        broker.restart();

        assertThat(broker.bootstrapServers()).isEqualTo(servers);
        assertThat(broker.consumeAll("harness-restart")).extracting(ConsumedMessage::valueText)
                .containsExactly("before-stop", "after-stop");
    }

    private static void send(String topic, String key, String... values) {
        Properties properties = new Properties();
        properties.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }
}
