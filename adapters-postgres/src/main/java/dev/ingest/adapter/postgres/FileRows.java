package dev.ingest.adapter.postgres;

import dev.ingest.domain.event.Event;

/** One file's valid events as COPY rows ({@link EventRows}). */
final class FileRows {

    private final StringBuilder csv = new StringBuilder();
    private long count;

    void add(Event event) {
        EventRows.append(csv, event);
        count++;
    }

    CharSequence csv() {
        return csv;
    }

    long count() {
        return count;
    }
}
