package dev.ingest.application.health.port.out;

import dev.ingest.domain.health.StreamProgress;

/**
 * Where a running stream posts its latest backlog (files and bytes waiting, or a Kafka lag), replacing what it posted
 * before: for the dashboard to read, and the Prometheus gauges.
 */
@FunctionalInterface
public interface ProgressBoard {

    void post(StreamProgress progress);

    /** Posts to every board given, in order: the dashboard's table and the Prometheus gauges, say. */
    static ProgressBoard all(ProgressBoard... boards) {
        return progress -> {
            for (ProgressBoard board : boards) {
                board.post(progress);
            }
        };
    }

    /** A board nobody reads: for streams run without one. */
    static ProgressBoard none() {
        return progress -> { };
    }
}
