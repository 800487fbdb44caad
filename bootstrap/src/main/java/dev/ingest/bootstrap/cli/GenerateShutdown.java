package dev.ingest.bootstrap.cli;

import dev.ingest.application.generate.port.in.GenerationStop;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT/SIGTERM into a graceful stop: the hook asks the generator to stop, waits until it has landed its file
 * and printed the summary, then ends the JVM with exit code 0 (a signalled JVM would otherwise exit 130 or 143).
 */
final class GenerateShutdown implements AutoCloseable {

    /** Long enough to land a large file; a generator that cannot finish by then is not waited for forever. */
    private static final long GRACE_SECONDS = 60;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private GenerateShutdown(GenerationStop stop) {
        hook = new Thread(() -> {
            stop.request();
            try {
                if (finished.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    Runtime.getRuntime().halt(0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "generate-shutdown");
    }

    static GenerateShutdown onSignal(GenerationStop stop) {
        GenerateShutdown shutdown = new GenerateShutdown(stop);
        Runtime.getRuntime().addShutdownHook(shutdown.hook);
        return shutdown;
    }

    /** The run is over (summary printed): a signal arriving now just ends the JVM; otherwise the hook is withdrawn. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and will end the JVM with exit code 0.
        }
    }
}
