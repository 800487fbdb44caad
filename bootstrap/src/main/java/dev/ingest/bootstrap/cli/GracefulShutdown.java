package dev.ingest.bootstrap.cli;

import dev.ingest.application.generate.port.in.GenerationStop;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes SIGTERM/SIGINT end a long-running command with exit code 0 once it has stopped gracefully (a signalled JVM
 * would otherwise exit 143 or 130): the hook asks the work to stop, waits until the command has finished (summary
 * printed, everything closed), then ends the JVM with 0. Work that had not started when the signal came, or that
 * failed, keeps the signal's code.
 */
final class GracefulShutdown implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean running;
    private volatile boolean clean;

    private GracefulShutdown(String name, long graceSeconds, Runnable stop, boolean running, boolean clean) {
        this.running = running;
        this.clean = clean;
        hook = new Thread(() -> {
            stop.run();
            try {
                if (this.running && finished.await(graceSeconds, TimeUnit.SECONDS) && this.clean) {
                    Runtime.getRuntime().halt(0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * For the generator: a signal asks it to stop, and the JVM ends with 0 once it has landed its file and printed the
     * summary; 60 s are long enough to land a large file, and a generator that cannot finish by then is not waited for.
     */
    static GracefulShutdown ofGenerator(GenerationStop stop) {
        return new GracefulShutdown("generate-shutdown", 60, stop::request, true, true);
    }

    /**
     * For a stream: the stream's own hook lets the batch in progress finish and stops the query, the command then
     * cleans up as on any normal end; 120 s are long enough for a large batch to commit. A signal before
     * {@link #running()} (during migration, say) ends the JVM at once, and one after a failure keeps its code.
     */
    static GracefulShutdown ofStream() {
        return new GracefulShutdown("stream-shutdown", 120, () -> { }, false, false);
    }

    /** The work is about to run: from now on a signal stops it gracefully, and is waited for. */
    void running() {
        running = true;
    }

    /** The work stopped and everything is closed: a signal's shutdown may now end the JVM with 0. */
    void stoppedCleanly() {
        clean = true;
    }

    /** The command is over: a signal arriving now just ends the JVM; otherwise the hook is withdrawn. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and ends the JVM, with 0 if the work stopped cleanly.
        }
    }
}
