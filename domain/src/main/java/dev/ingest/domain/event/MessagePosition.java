package dev.ingest.domain.event;

import java.util.Objects;

/** Where a message sits in a log (Kafka): its topic, partition and offset. */
public record MessagePosition(String topic, int partition, long offset) {

    public MessagePosition {
        Objects.requireNonNull(topic, "topic");
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("not a message position: " + topic + "/" + partition + "@" + offset);
        }
    }
}
