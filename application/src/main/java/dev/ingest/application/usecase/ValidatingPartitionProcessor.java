package dev.ingest.application.usecase;

import dev.ingest.application.port.in.PartitionProcessor;
import dev.ingest.application.port.in.PartitionRun;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.EventStaging;
import dev.ingest.application.port.out.QuarantineSink;
import java.util.Objects;

/** Runs the domain's validation over one partition, sending valid events to staging and the rest to quarantine. */
public final class ValidatingPartitionProcessor implements PartitionProcessor {

    private static final long serialVersionUID = 1L;

    private final BatchKey key;
    private final EventStaging staging;
    private final QuarantineSink quarantine;

    public ValidatingPartitionProcessor(BatchKey key, EventStaging staging, QuarantineSink quarantine) {
        this.key = Objects.requireNonNull(key, "key");
        this.staging = Objects.requireNonNull(staging, "staging");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
    }

    @Override
    public PartitionRun start(int partitionId) {
        return new ValidatingPartitionRun(staging.open(key, partitionId), quarantine.open(key, partitionId));
    }
}
