package dev.ingest.application.generate.usecase;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats event times as {@code yyyy-MM-dd HH:mm:ss.SSS} UTC, reusing the text while the millisecond is the same. */
final class TimestampFormatter {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private long cachedMillis = Long.MIN_VALUE;
    private String cachedText;

    String format(Instant time) {
        long millis = time.toEpochMilli();
        if (millis != cachedMillis) {
            cachedMillis = millis;
            cachedText = FORMAT.format(time);
        }
        return cachedText;
    }
}
