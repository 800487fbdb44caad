package dev.ingest.bootstrap.cli;

import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.bootstrap.wiring.StreamingPipeline;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Runs the demo's stream on its own thread and waits, through the ledger, until it has taken in a number of records. */
final class DemoStreamRunner {

    private static final Duration POLL = Duration.ofMillis(200);

    private final StreamingPipeline pipeline;
    private final Thread thread;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private DemoStreamRunner(StreamingPipeline pipeline) {
        this.pipeline = pipeline;
        this.thread = new Thread(this::run, "demo-stream");
        thread.setDaemon(true);
    }

    static DemoStreamRunner start(StreamingPipeline pipeline) {
        DemoStreamRunner runner = new DemoStreamRunner(pipeline);
        runner.thread.start();
        return runner;
    }

    private void run() {
        try {
            pipeline.stream().run();
        } catch (RuntimeException e) {
            failure.set(e);
        }
    }

    /**
     * Waits until the committed batches hold at least {@code records} records and returns their total.
     *
     * @throws IllegalStateException when the stream failed or the records did not arrive in time
     */
    BatchOutcome awaitRecords(long records, Duration timeout) throws InterruptedException {
        IngestionAudit audit = pipeline.audit();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (failure.get() != null) {
                throw failure.get();
            }
            BatchOutcome total = audit.batches(pipeline.stream().streamId()).stream()
                    .map(LedgerEntry::outcome)
                    .reduce(BatchOutcome.empty(), BatchOutcome::plus);
            if (total.recordsIn() >= records) {
                return total;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stream took in " + total.recordsIn() + " of " + records
                        + " records within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
