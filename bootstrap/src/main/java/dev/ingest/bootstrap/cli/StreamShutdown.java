package dev.ingest.bootstrap.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes SIGTERM/SIGINT end a stream with exit code 0 once it has stopped gracefully: the stream's own hook lets the
 * batch in progress finish and stops the query, the command then cleans up as on any normal end, and this hook ends
 * the JVM with 0 (a signalled JVM would otherwise exit 143 or 130). A stream that failed keeps the signal's code, and
 * a signal before the stream started (during migration, say) ends the JVM at once, as before.
 */
final class StreamShutdown implements AutoCloseable {

    /** Long enough for a large batch to commit; a stream that cannot stop by then is not waited for forever. */
    private static final long GRACE_SECONDS = 120;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean streaming;
    private volatile boolean clean;

    private StreamShutdown() {
        hook = new Thread(() -> {
            try {
                if (streaming && finished.await(GRACE_SECONDS, TimeUnit.SECONDS) && clean) {
                    Runtime.getRuntime().halt(0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stream-shutdown");
    }

    static StreamShutdown onSignal() {
        StreamShutdown shutdown = new StreamShutdown();
        Runtime.getRuntime().addShutdownHook(shutdown.hook);
        return shutdown;
    }

    /** The stream is about to run: from now on a signal stops it gracefully, and is waited for. */
    void streaming() {
        streaming = true;
    }

    /** The stream stopped and everything is closed: a signal's shutdown may now end the JVM with 0. */
    void stoppedCleanly() {
        clean = true;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and ends the JVM, with 0 if the stream stopped cleanly.
        }
    }
}
