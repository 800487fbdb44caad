package dev.ingest.domain.dedup;

import dev.ingest.domain.event.Event;
import java.util.HashSet;
import java.util.Set;

/** Tells the first occurrence of each identity among events seen one after the other, as in one partition. */
public final class FirstOccurrences {

    private final Set<String> seen = new HashSet<>();

    /** True the first time an event's identity is seen, false for every later event with the same identity. */
    public boolean isFirst(Event event) {
        return seen.add(DedupPolicy.identity(event));
    }
}
