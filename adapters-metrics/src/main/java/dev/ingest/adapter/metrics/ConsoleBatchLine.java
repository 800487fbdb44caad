package dev.ingest.adapter.metrics;

import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.RecordedBatch;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** Prints one short line per batch for a person watching the stream. */
public final class ConsoleBatchLine implements MetricsLog {

    private final PrintStream out;

    public ConsoleBatchLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public void record(RecordedBatch batch) {
        out.println(describe(batch));
    }

    static String describe(RecordedBatch batch) {
        BatchOutcome outcome = batch.outcome();
        String counts = outcome.recordsIn() + " in: " + outcome.stored() + " stored, " + outcome.duplicates()
                + " duplicates, " + outcome.quarantined() + " quarantined";
        if (batch.replay()) {
            return "batch " + batch.key().batchId() + " already committed (" + counts + "), nothing to do";
        }
        String latency = BatchLatency.of(batch.tally().units(), batch.committedAt())
                .map(measured -> ", latency p50 " + measured.p50().toMillis() + " ms max " + measured.max().toMillis() + " ms")
                .orElse("");
        return "batch " + batch.key().batchId() + ": " + batch.tally().units().size() + " files, " + counts + " in "
                + batch.processing().plus(batch.commit()).toMillis() + " ms" + latency + ignored(batch);
    }

    /** Columns a producer added show once per batch, so that someone watching notices the schema moved. */
    private static String ignored(RecordedBatch batch) {
        if (batch.tally().ignoredColumns().isEmpty()) {
            return "";
        }
        return batch.tally().ignoredColumns().entrySet().stream()
                .map(column -> column.getKey() + " (" + column.getValue() + (column.getValue() == 1 ? " file)" : " files)"))
                .collect(Collectors.joining(", ", "; columns not read: ", ""));
    }
}
