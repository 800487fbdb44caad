package dev.ingest.domain.report;

import dev.ingest.domain.event.EventType;
import java.math.BigDecimal;
import java.util.Objects;

/** One event type's totals; money rounded to 2 decimals. */
public record EventSummaryRow(
        EventType eventType, long totalEvents, long uniqueUsers, BigDecimal avgPrice, BigDecimal totalValue) {

    public EventSummaryRow {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(avgPrice, "avgPrice");
        Objects.requireNonNull(totalValue, "totalValue");
    }
}
