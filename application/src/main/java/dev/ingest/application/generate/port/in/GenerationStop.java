package dev.ingest.application.generate.port.in;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asks a running generator, from any thread, to land its current file and finish. */
public final class GenerationStop {

    private final AtomicBoolean requested = new AtomicBoolean();

    public void request() {
        requested.set(true);
    }

    public boolean requested() {
        return requested.get();
    }
}
