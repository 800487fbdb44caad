package dev.ingest.application.health.port.in;

import dev.ingest.domain.health.StreamProgress;

/** A running stream's latest backlog (files and bytes waiting, or a Kafka lag), posted for the dashboard and gauges. */
@FunctionalInterface
public interface PostProgressUseCase {

    /** Replaces what the stream posted before. */
    void post(StreamProgress progress);

    /** Posts nowhere: for streams run without a dashboard or gauges. */
    static PostProgressUseCase none() {
        return progress -> { };
    }
}
