package dev.ingest.domain.report;

import dev.ingest.domain.event.Event;
import java.util.Objects;

/** One stored event, as the recent-activity report lists it. */
public record RecentEventRow(Event event) {

    public RecentEventRow {
        Objects.requireNonNull(event, "event");
    }
}
