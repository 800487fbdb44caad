package dev.ingest.bootstrap.cli;

import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.domain.generation.GenerationSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * The generator's live line on stderr: rewritten in place on a terminal, otherwise one line every five seconds so
 * that a log file does not fill with carriage returns.
 */
final class GenerateProgressLine implements GenerationProgress {

    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final boolean terminal;
    private final String chunks;
    private Duration lastLogged = Duration.ZERO;
    private boolean lineOpen;

    /** @param chunks what the generator lands at once: {@code files}, or {@code flushes} of messages */
    GenerateProgressLine(PrintWriter err, boolean terminal, String chunks) {
        this.err = err;
        this.terminal = terminal;
        this.chunks = chunks;
    }

    @Override
    public synchronized void progress(GenerationSummary soFar) {
        if (terminal) {
            err.print("\r" + describe(soFar, chunks) + "   ");
            err.flush();
            lineOpen = true;
        } else if (soFar.elapsed().minus(lastLogged).compareTo(LOG_EVERY) >= 0) {
            lastLogged = soFar.elapsed();
            err.println(describe(soFar, chunks));
        }
    }

    /** Ends the in-place line so the summary starts on a fresh one. */
    synchronized void finish() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    static String describe(GenerationSummary soFar, String chunks) {
        long seconds = soFar.elapsed().toSeconds();
        return String.format(Locale.ROOT, "generated %,d events in %,d %s, %,.1f events/s, elapsed %02d:%02d:%02d",
                soFar.events(), soFar.files(), chunks, soFar.achievedRate(), seconds / 3600, seconds / 60 % 60,
                seconds % 60);
    }
}
