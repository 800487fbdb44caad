package dev.ingest.domain.dedup;

import dev.ingest.domain.event.Event;

/**
 * The event id is an event's identity. The first stored occurrence wins; every later occurrence is a duplicate:
 * counted, never stored, never an error. "Later" means later in a partition's reading order, in a partition of the
 * same batch that is stored after it, or in any later batch.
 */
public final class DedupPolicy {

    private DedupPolicy() {
    }

    public static String identity(Event event) {
        return event.eventId();
    }
}
