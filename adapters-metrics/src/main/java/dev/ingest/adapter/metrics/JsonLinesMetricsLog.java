package dev.ingest.adapter.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.batch.StageTimings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Appends one JSON object per batch, on its own line, to a file: counts, quarantine reasons, timings, rates and
 * end-to-end latency. Durations are in milliseconds; {@code read}, {@code validate} and {@code write} are task time
 * summed over partitions, {@code processing} and {@code commit} are wall-clock time on the driver.
 */
public final class JsonLinesMetricsLog implements MetricsLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private Instant previousCommit;

    public JsonLinesMetricsLog(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(RecordedBatch batch) {
        String line = toJson(batch, previousCommit) + "\n";
        previousCommit = batch.committedAt();
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Opened per batch, a few times a second at most: nothing to close, and rotation by moving the file works.
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the metrics log " + file, e);
        }
    }

    /**
     * The batch as one JSON object. Input rate is over the time since the previous batch's commit (or this batch's
     * start, for the first); processed rate over this batch's own processing and commit.
     */
    static String toJson(RecordedBatch batch, Instant previousCommit) {
        BatchOutcome outcome = batch.outcome();
        ObjectNode line = JSON.createObjectNode()
                .put("stream_id", batch.key().streamId())
                .put("batch_id", batch.key().batchId())
                .put("time", batch.committedAt().toString())
                .put("replay", batch.replay())
                .put("files", batch.tally().units().size())
                .put("records_in", outcome.recordsIn())
                .put("stored", outcome.stored())
                .put("duplicates", outcome.duplicates())
                .put("quarantined", outcome.quarantined())
                .put("skipped", batch.tally().units().stream().mapToLong(UnitTally::skipped).sum())
                .put("missed_offsets", batch.tally().missedOffsets());
        ObjectNode reasons = line.putObject("quarantined_by_reason");
        outcome.quarantinedByReason().forEach((reason, count) -> reasons.put(reason.name(), count));
        ObjectNode ignored = line.putObject("ignored_columns");
        batch.tally().ignoredColumns().forEach(ignored::put);
        StageTimings stages = batch.tally().timings();
        line.putObject("durations_ms")
                .put("processing", batch.processing().toMillis())
                .put("read", stages.read().toMillis())
                .put("validate", stages.validate().toMillis())
                .put("write", stages.write().toMillis())
                .put("commit", batch.commit().toMillis());
        Instant inputSince = previousCommit == null ? batch.startedAt() : previousCommit;
        line.put("input_rows_per_s", BatchRates.perSecond(outcome.recordsIn(), Duration.between(inputSince, batch.committedAt())));
        line.put("processed_rows_per_s", BatchRates.perSecond(outcome.recordsIn(), batch.processing().plus(batch.commit())));
        ObjectNode latency = line.putObject("latency_ms");
        BatchLatency.of(batch.tally().units(), batch.committedAt()).ifPresentOrElse(
                measured -> latency.put("p50", measured.p50().toMillis()).put("max", measured.max().toMillis()),
                () -> latency.putNull("p50").putNull("max"));
        return line.toString();
    }
}
