package dev.ingest.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.domain.event.MessageFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sink with its broker gone: a short outage is ridden out without a message twice, a lasting one is an error. */
class KafkaGeneratorSinkFaultIT {

    private static final Instant OPENED = Instant.parse("2025-03-01T10:15:30.042Z");
    private static KafkaTestBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaTestBroker.start(Path.of("target", "kafka-sink-fault-" + System.nanoTime()));
    }

    @AfterAll
    static void close() {
        broker.close();
    }

    private static GeneratedFile chunk(long sequence, int records) {
        return new GeneratedFile("0a1b2c3d", sequence, OPENED, IntStream.range(0, records)
                .mapToObj(i -> GeneratedRecord.of("id-" + sequence + "-" + i, "user_" + (i % 7), "BOOK-001", "Atlas",
                        "Books", "9.99", "view", "2025-03-01 10:15:30.042"))
                .toList());
    }

    @Test
    void a_chunk_landed_while_the_broker_restarts_arrives_once_when_it_is_back() throws Exception {
        broker.createTopic("outage", 2);
        try (KafkaGeneratorSink sink = KafkaGeneratorSink.open(new KafkaTarget(broker.bootstrapServers(), "outage",
                MessageFormat.JSON, Map.of()))) {
            sink.land(chunk(1, 500));
            broker.stop();
            CompletableFuture<String> landing = CompletableFuture.supplyAsync(() -> sink.land(chunk(2, 500)));
            Thread.sleep(3000);
            assertThat(landing).as("waits for the broker").isNotDone();
            broker.restart();

            assertThat(landing.get()).contains("500 messages");
        }

        assertThat(broker.consumeAll("outage")).hasSize(1000)
                .extracting(message -> DecodedMessages.fromJson(message.valueText()).get(0)).doesNotHaveDuplicates();
    }

    @Test
    void a_broker_that_stays_away_fails_the_landing_with_one_clear_error() {
        broker.createTopic("gone", 1);
        // A patience of seconds instead of the default minute, so the test need not wait that long.
        Map<String, String> impatient = Map.of("request.timeout.ms", "1000", "delivery.timeout.ms", "2000",
                "max.block.ms", "2000");
        try (KafkaGeneratorSink sink = KafkaGeneratorSink.open(new KafkaTarget(broker.bootstrapServers(), "gone",
                MessageFormat.JSON, impatient))) {
            sink.land(chunk(1, 10));
            broker.kill();
            assertThatThrownBy(() -> sink.land(chunk(2, 10))).isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("cannot produce to topic gone on "
                            + broker.bootstrapServers() + ": ");
        } finally {
            broker.restart();
        }
    }
}
