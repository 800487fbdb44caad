package dev.ingest.adapter.postgres;

import dev.ingest.domain.event.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One file's valid events as COPY rows ({@link EventRows}), each with its event id so it can be left out. */
final class FileRows {

    private final StringBuilder csv = new StringBuilder();
    private final List<String> ids = new ArrayList<>();
    private int[] rowEnds = new int[256];

    void add(Event event) {
        EventRows.append(csv, event);
        if (ids.size() == rowEnds.length) {
            rowEnds = Arrays.copyOf(rowEnds, rowEnds.length * 2);
        }
        rowEnds[ids.size()] = csv.length();
        ids.add(event.eventId());
    }

    List<String> ids() {
        return ids;
    }

    /** Appends every row whose event id is not in {@code leftOut}; answers how many it appended. */
    long appendTo(StringBuilder out, Set<String> leftOut) {
        if (leftOut.isEmpty()) {
            out.append(csv);
            return ids.size();
        }
        long appended = 0;
        int start = 0;
        for (int row = 0; row < ids.size(); row++) {
            if (!leftOut.contains(ids.get(row))) {
                out.append(csv, start, rowEnds[row]);
                appended++;
            }
            start = rowEnds[row];
        }
        return appended;
    }
}
