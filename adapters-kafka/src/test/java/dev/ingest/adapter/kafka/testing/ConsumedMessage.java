package dev.ingest.adapter.kafka.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One message as a consumer gets it back: where it sits, its key, its value's bytes ({@code null} for a tombstone)
 * and its headers (last value per name, as text).
 */
public record ConsumedMessage(String topic, int partition, long offset, String key, byte[] value,
        Map<String, String> headers) {

    /** The value as UTF-8 text, {@code null} for a tombstone. */
    public String valueText() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
