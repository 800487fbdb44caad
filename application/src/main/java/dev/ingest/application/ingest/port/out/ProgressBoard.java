package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.health.StreamProgress;

/** Where a running stream posts its latest backlog, replacing what it posted before, for the dashboard to read. */
@FunctionalInterface
public interface ProgressBoard {

    void post(StreamProgress progress);

    /** A board nobody reads: for streams run without one. */
    static ProgressBoard none() {
        return progress -> { };
    }
}
