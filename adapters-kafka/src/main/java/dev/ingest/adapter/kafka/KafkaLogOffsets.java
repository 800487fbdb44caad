package dev.ingest.adapter.kafka;

import dev.ingest.application.ingest.port.out.LogStartOffsets;
import dev.ingest.domain.batch.TopicPartitionKey;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Asks the brokers where each topic-partition's log starts and ends now: what retention has not deleted yet. Each
 * question opens an admin client of its own, unless the caller hands in one it asks other questions with.
 */
public final class KafkaLogOffsets implements LogStartOffsets {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> clientSettings;

    /** @param clientSettings Kafka client settings: {@code bootstrap.servers}, security protocol, SASL… */
    public KafkaLogOffsets(Map<String, Object> clientSettings) {
        this.clientSettings = Map.copyOf(clientSettings);
    }

    /** An admin client on these settings, for a caller that asks several questions; it closes it. */
    Admin admin() {
        return Admin.create(clientSettings);
    }

    @Override
    public Map<TopicPartitionKey, Long> earliest(Collection<TopicPartitionKey> partitions) {
        Map<TopicPartition, Long> earliest;
        try (Admin admin = admin()) {
            earliest = earliest(admin, partitions.stream()
                    .map(key -> new TopicPartition(key.topic(), key.partition())).toList());
        }
        Map<TopicPartitionKey, Long> byKey = new HashMap<>();
        earliest.forEach((partition, offset) -> byKey.put(
                new TopicPartitionKey(partition.topic(), partition.partition()), offset));
        return byKey;
    }

    /** The first offset each topic-partition still holds, asked through {@code admin}. */
    Map<TopicPartition, Long> earliest(Admin admin, Collection<TopicPartition> partitions) {
        return offsets(admin, partitions, OffsetSpec.earliest());
    }

    /** The offset each topic-partition's next message will get, asked through {@code admin}. */
    Map<TopicPartition, Long> latest(Admin admin, Collection<TopicPartition> partitions) {
        return offsets(admin, partitions, OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> offsets(Admin admin, Collection<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        try {
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answers = admin.listOffsets(request).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> offsets = new HashMap<>();
            answers.forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka for offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot ask Kafka at " + clientSettings.get("bootstrap.servers")
                    + " for offsets: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}
