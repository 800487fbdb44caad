package dev.ingest.bootstrap.wiring;

import dev.ingest.application.report.port.in.CatchUpReportsUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches the reports up with the stored events on a daemon thread, {@link #PERIOD} after the end of the previous
 * catch-up, while a stream or the dashboard runs; a stream's schedule catches up once more when it closes, so that
 * the reports count everything it stored. A failed catch-up (the database down) is logged when it starts failing and
 * when it works again, and tried again at the next period.
 */
public final class ReportCatchUpSchedule implements AutoCloseable {

    /** How often: the reports lag the commits by this, plus a catch-up's own time, at most, while it runs. */
    public static final Duration PERIOD = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(ReportCatchUpSchedule.class);

    private final CatchUpReportsUseCase catchUp;
    private final boolean onClose;
    private final Duration period;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "report-catch-up");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean failing;

    private ReportCatchUpSchedule(CatchUpReportsUseCase catchUp, boolean onClose, Duration period) {
        this.catchUp = catchUp;
        this.onClose = onClose;
        this.period = period;
    }

    /** Every period while it runs, and once more at {@link #close()}: a stream's. */
    public static ReportCatchUpSchedule forStream(CatchUpReportsUseCase catchUp, Duration period) {
        return new ReportCatchUpSchedule(catchUp, true, period).start();
    }

    /** Every period while it runs: a reader's, such as the dashboard's. */
    public static ReportCatchUpSchedule forReader(CatchUpReportsUseCase catchUp, Duration period) {
        return new ReportCatchUpSchedule(catchUp, false, period).start();
    }

    private ReportCatchUpSchedule start() {
        timer.scheduleWithFixedDelay(this::catchUpOnce, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void catchUpOnce() {
        try {
            catchUp.catchUp();
            if (failing) {
                failing = false;
                LOG.info("The reports' catch-up works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("The reports' catch-up failed, trying again every {} ms: {}", period.toMillis(),
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            // A catch-up under way finishes (it is one transaction either way); none starts after it.
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (onClose) {
            catchUpOnce();
        }
    }
}
