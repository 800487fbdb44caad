package dev.ingest.domain.dedup;

import dev.ingest.domain.event.Event;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells the first occurrence of each identity among events seen one after the other, as in one partition. It
 * remembers the identities of at most a window's worth of events (it starts afresh after each window), so that
 * memory stays bounded whatever a partition holds; a repeat of an identity from an earlier window is then not told
 * here, and the store's own uniqueness must count it as the duplicate it is.
 */
public final class FirstOccurrences {

    private final int window;
    private Set<String> seen = new HashSet<>();
    private int inWindow;

    private FirstOccurrences(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the window must hold at least one event, was " + window);
        }
        this.window = window;
    }

    /** Remembers the identities of the events seen since the last multiple of {@code window} events. */
    public static FirstOccurrences within(int window) {
        return new FirstOccurrences(window);
    }

    /** True the first time an event's identity is seen (in the window), false for every later event with it. */
    public boolean isFirst(Event event) {
        if (inWindow == window) {
            seen = new HashSet<>();
            inWindow = 0;
        }
        inWindow++;
        return seen.add(DedupPolicy.identity(event));
    }
}
