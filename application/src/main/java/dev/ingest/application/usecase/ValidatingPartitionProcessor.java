package dev.ingest.application.usecase;

import dev.ingest.application.port.in.PartitionProcessor;
import dev.ingest.application.port.in.PartitionRun;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.PartitionWriters;
import dev.ingest.application.port.out.QuarantineSink;
import java.util.Objects;

/** Runs the domain's validation over one partition, sending valid events to the store and the rest to quarantine. */
public final class ValidatingPartitionProcessor implements PartitionProcessor {

    private static final long serialVersionUID = 1L;

    private final BatchKey key;
    private final PartitionWriters store;
    private final QuarantineSink quarantine;

    public ValidatingPartitionProcessor(BatchKey key, PartitionWriters store, QuarantineSink quarantine) {
        this.key = Objects.requireNonNull(key, "key");
        this.store = Objects.requireNonNull(store, "store");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
    }

    @Override
    public PartitionRun start(int partitionId) {
        return new ValidatingPartitionRun(store.open(key, partitionId), quarantine.open(key, partitionId));
    }
}
