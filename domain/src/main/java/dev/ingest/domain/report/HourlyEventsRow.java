package dev.ingest.domain.report;

import dev.ingest.domain.event.EventType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** One hour's events of one type; {@code hour} is the start of the hour (UTC). */
public record HourlyEventsRow(
        LocalDateTime hour, EventType eventType, long eventCount, long uniqueUsers, BigDecimal totalValue) {

    public HourlyEventsRow {
        Objects.requireNonNull(hour, "hour");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(totalValue, "totalValue");
    }
}
