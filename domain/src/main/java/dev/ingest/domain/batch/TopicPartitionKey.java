package dev.ingest.domain.batch;

import java.io.Serializable;
import java.util.Objects;

/**
 * One partition of a log topic (Kafka), as a key: what offset ranges, stored runs and partition accounts are grouped
 * by. Shipped to the executors inside the batch's ranges by partition. Shown as {@code <topic>/<partition>}.
 */
public record TopicPartitionKey(String topic, int partition) implements Serializable {

    public TopicPartitionKey {
        Objects.requireNonNull(topic, "topic");
    }

    @Override
    public String toString() {
        return topic + "/" + partition;
    }
}
