package dev.ingest.adapter.kafka;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The generator's producer settings: idempotent, acknowledged by every in-sync replica, bounded in how long it waits. */
final class ProducerSettings {

    /**
     * How long a send may block (no metadata yet, a full buffer) and how long a message may take to be acknowledged,
     * retries included: long enough to ride out a broker restart of some seconds, short enough that a broker gone for
     * good ends the run with an error within a minute instead of Kafka's defaults (60 s plus 120 s).
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private ProducerSettings() {
    }

    static Properties of(KafkaTarget target) {
        Properties settings = new Properties();
        settings.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.bootstrapServers());
        settings.setProperty(ProducerConfig.CLIENT_ID_CONFIG, "ingest-generator");
        // Retries never write a message twice nor reorder a partition: one user's events keep their order.
        settings.setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        settings.setProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(PATIENCE.toMillis()));
        settings.setProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(PATIENCE.toMillis()));
        // A chunk is flushed as a whole: a few milliseconds of lingering fill batches without delaying the flush.
        settings.setProperty(ProducerConfig.LINGER_MS_CONFIG, "5");
        settings.setProperty(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(128 * 1024));
        settings.putAll(target.clientOptions());
        return settings;
    }
}
