package dev.ingest.adapter.spark.kafka;

import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.event.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Which topics the stream reads and how.
 *
 * @param bootstrapServers      {@code host:port[,host:port…]}
 * @param maxOffsetsPerTrigger  at most this many offsets per batch, over all partitions; empty: all available
 * @param failOnDataLoss        whether offsets that vanished before they were read (retention, compaction) stop the
 *                              stream; otherwise the stream logs the gap and goes on
 * @param consumerOptions       Kafka consumer settings (security protocol, SASL…), passed on unchanged and never
 *                              logged
 */
public record KafkaSourceSettings(
        String bootstrapServers,
        List<String> topics,
        MessageFormat format,
        StartingOffsets startingOffsets,
        OptionalLong maxOffsetsPerTrigger,
        boolean failOnDataLoss,
        Map<String, String> consumerOptions) {

    public KafkaSourceSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        topics = List.copyOf(topics);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(startingOffsets, "startingOffsets");
        Objects.requireNonNull(maxOffsetsPerTrigger, "maxOffsetsPerTrigger");
        consumerOptions = Map.copyOf(consumerOptions);
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("--kafka-bootstrap-servers must name at least one host:port");
        }
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("--topic must name at least one topic");
        }
        for (String topic : topics) {
            if (!OffsetRange.isTopicName(topic)) {
                throw new IllegalArgumentException("not a Kafka topic name: '" + topic
                        + "' (letters, digits, '.', '_' and '-', at most 249)");
            }
        }
        if (maxOffsetsPerTrigger.isPresent() && maxOffsetsPerTrigger.getAsLong() < 1) {
            throw new IllegalArgumentException("--max-offsets-per-trigger must be positive");
        }
    }

    /** Reads the topics from the start, as JSON, as many offsets per batch as there are, logging lost offsets. */
    public static KafkaSourceSettings of(String bootstrapServers, List<String> topics) {
        return of(bootstrapServers, topics, MessageFormat.JSON, StartingOffsets.EARLIEST, OptionalLong.empty(), false,
                Map.of());
    }

    /** The settings as given, checked. */
    public static KafkaSourceSettings of(String bootstrapServers, List<String> topics, MessageFormat format,
            StartingOffsets startingOffsets, OptionalLong maxOffsetsPerTrigger, boolean failOnDataLoss,
            Map<String, String> consumerOptions) {
        return new KafkaSourceSettings(bootstrapServers, topics, format, startingOffsets, maxOffsetsPerTrigger,
                failOnDataLoss, consumerOptions);
    }

    /** The settings a Kafka client needs to reach the brokers: the servers and the user's consumer options. */
    public Map<String, Object> clientSettings() {
        Map<String, Object> settings = new HashMap<>(consumerOptions);
        settings.put("bootstrap.servers", bootstrapServers);
        return settings;
    }
}
