package dev.ingest.adapter.metrics;

import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.RecordedBatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Each committed batch as Prometheus counters and histograms: records by outcome, quarantined records by reason,
 * batches, batch duration, each file's landing-to-commit latency, and the store's retries on the executors (which
 * reach the driver in the batch's tally). A replayed batch was counted when it was committed and adds nothing.
 */
final class PrometheusBatchMetrics implements MetricsLog {

    /** Bucket bounds from a fast batch on a quiet machine to a stream that has fallen a minute behind. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter quarantined;
    private final Counter batches;
    private final Counter retries;
    private final Counter skipped;
    private final Counter missedOffsets;
    private final Timer batchDuration;
    private final Timer landingToCommit;

    PrometheusBatchMetrics(MeterRegistry registry) {
        this.registry = registry;
        stored = records("stored");
        duplicates = records("duplicate");
        quarantined = records("quarantined");
        batches = Counter.builder("ingest.batches").description("Batches committed").register(registry);
        retries = Counter.builder("ingest.database.retries")
                .description("Database operations of the partition writers retried after a transient failure")
                .register(registry);
        skipped = Counter.builder("ingest.skipped.messages")
                .description("Kafka messages without a value (tombstones), neither stored nor quarantined")
                .register(registry);
        missedOffsets = Counter.builder("ingest.kafka.missed.offsets")
                .description("Kafka offsets no batch read: deleted by retention or compaction first, or skipped by a "
                        + "start at latest")
                .register(registry);
        batchDuration = Timer.builder("ingest.batch.duration")
                .description("Wall-clock time of a batch on the driver, from its start to its record in the ledger")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        landingToCommit = Timer.builder("ingest.landing.to.commit")
                .description("Time from a file's landing to the commit of the batch that stored it, per file")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    @Override
    public void record(RecordedBatch batch) {
        if (batch.replay()) {
            return;
        }
        BatchOutcome outcome = batch.outcome();
        stored.increment(outcome.stored());
        duplicates.increment(outcome.duplicates());
        quarantined.increment(outcome.quarantined());
        outcome.quarantinedByReason().forEach((reason, count) -> Counter.builder("ingest.quarantined")
                .description("Quarantined records by reason; a record with several reasons counts for each")
                .tag("reason", reason.name())
                .register(registry)
                .increment(count));
        batches.increment();
        retries.increment(batch.tally().storeRetries());
        missedOffsets.increment(batch.tally().missedOffsets());
        batchDuration.record(batch.processing().plus(batch.commit()));
        for (UnitTally file : batch.tally().units()) {
            skipped.increment(file.skipped());
            Duration latency = Duration.between(file.landedAt(), batch.committedAt());
            // A file stamped by a clock ahead of the driver's would otherwise have landed after its commit.
            landingToCommit.record(latency.isNegative() ? Duration.ZERO : latency);
        }
    }

    private Counter records(String outcome) {
        return Counter.builder("ingest.records")
                .description("Records read, by what became of them: stored, duplicate or quarantined")
                .tag("outcome", outcome)
                .register(registry);
    }
}
