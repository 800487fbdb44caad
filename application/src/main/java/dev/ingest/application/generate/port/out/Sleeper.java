package dev.ingest.application.generate.port.out;

import java.time.Duration;

/** Lets time pass; injected so that pacing can be tested against a simulated clock. */
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: the calling thread sleeps. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
