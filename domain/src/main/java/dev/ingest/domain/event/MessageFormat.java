package dev.ingest.domain.event;

/**
 * How a log message's value (a Kafka message) holds one event: a JSON object with the eight field names, or one CSV
 * line with the eight fields in the files' column order. The generator writes it, the stream reads it.
 */
public enum MessageFormat {
    JSON,
    CSV
}
