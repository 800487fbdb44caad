package dev.ingest.adapter.spark.kafka;

/** How a Kafka message's value holds one event: a JSON object with the eight field names, or one CSV line. */
public enum MessageFormat {
    JSON,
    CSV
}
