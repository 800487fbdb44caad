package dev.ingest.application.generate.usecase;

import java.time.Clock;
import java.time.Instant;

/** Where event times come from: the wall clock, or a simulated clock that ticks exactly at the target rate. */
interface EventTime {

    /** The time of the event with this 0-based number, which is about to be written. */
    Instant of(long eventNumber);

    static EventTime wallClock(Clock clock) {
        return eventNumber -> clock.instant();
    }

    /** Event n happens n / rate seconds after the start, whatever the real pace: output independent of scheduling. */
    static EventTime simulated(Instant start, double eventsPerSecond) {
        double nanosPerEvent = 1e9 / eventsPerSecond;
        return eventNumber -> start.plusNanos((long) (eventNumber * nanosPerEvent));
    }
}
