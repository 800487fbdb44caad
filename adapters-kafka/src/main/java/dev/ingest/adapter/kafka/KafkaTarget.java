package dev.ingest.adapter.kafka;

import dev.ingest.domain.event.MessageFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Where the generator's messages go and how they are written.
 *
 * @param bootstrapServers {@code HOST:PORT[,HOST:PORT…]}
 * @param clientOptions    Kafka client settings applied over the sink's own (security protocol, SASL, …); their
 *                         values may be secrets and are never logged or shown
 */
public record KafkaTarget(String bootstrapServers, String topic, MessageFormat format,
        Map<String, String> clientOptions) {

    public KafkaTarget {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(format, "format");
        clientOptions = Map.copyOf(clientOptions);
    }

    /** {@code topic events on 127.0.0.1:9092}, for messages and summaries. */
    public String shown() {
        return "topic " + topic + " on " + bootstrapServers;
    }

    /** Hides the option values (they may hold passwords). */
    @Override
    public String toString() {
        return "KafkaTarget[" + shown() + ", " + format + ", options " + clientOptions.keySet() + "]";
    }
}
