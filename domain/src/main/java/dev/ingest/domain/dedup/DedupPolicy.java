package dev.ingest.domain.dedup;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The event id is an event's identity. The first stored occurrence wins; every later occurrence, in the same batch
 * or any later one, is a duplicate: counted, never stored, never an error.
 */
public final class DedupPolicy {

    /** Orders occurrences within a batch: by source file name, then by record number within the file. */
    public static final Comparator<Origin> FIRST_OCCURRENCE =
            Comparator.comparing(Origin::sourceFile).thenComparingLong(Origin::recordNumber);

    private DedupPolicy() {
    }

    public static String identity(Event event) {
        return event.eventId();
    }

    /**
     * Keeps the first occurrence of each identity from candidates already in occurrence order, skipping identities
     * stored earlier.
     */
    public static <T> List<T> firstOccurrences(List<T> inOccurrenceOrder, Function<T, String> identity,
            Predicate<String> storedEarlier) {
        Set<String> seen = new HashSet<>();
        List<T> kept = new ArrayList<>();
        for (T candidate : inOccurrenceOrder) {
            String id = identity.apply(candidate);
            if (!storedEarlier.test(id) && seen.add(id)) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
