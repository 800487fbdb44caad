package dev.ingest.application.fake;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.application.ingest.port.in.BatchStart;
import dev.ingest.application.ingest.port.in.IngestBatchUseCase;
import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.application.ingest.port.in.PartitionIngestFactory;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A batch's records held in memory as partitions of units, run one partition after the other the way a driving
 * adapter runs them on its executors. A new unit begins wherever a record's source file differs from the one before
 * it.
 */
public final class InMemoryBatch {

    /** When every unit of these batches landed. */
    public static final Instant LANDED_AT = Instant.parse("2024-03-15T14:30:00Z");

    private final List<List<InMemorySourceUnit>> partitions;
    private int timesRun;

    private InMemoryBatch(List<List<RawRecord>> partitions) {
        this.partitions = partitions.stream().map(InMemoryBatch::units).toList();
    }

    /** One partition holding the given records. */
    public static InMemoryBatch of(RawRecord... records) {
        return new InMemoryBatch(List.of(List.of(records)));
    }

    /** One partition per list, numbered from 0 in the order given. */
    @SafeVarargs
    public static InMemoryBatch partitions(List<? extends RawRecord>... partitions) {
        return new InMemoryBatch(Arrays.stream(partitions).map(List::<RawRecord>copyOf).toList());
    }

    /** How often the batch's partitions were run; a replayed batch must not run any. */
    public synchronized int timesRun() {
        return timesRun;
    }

    /** Ingests the batch through the use case as the stream does: begin, run the partitions, commit. */
    public RecordedBatch ingest(IngestBatchUseCase useCase, BatchKey key) {
        BatchStart start = useCase.begin(key);
        if (start instanceof BatchStart.Begun begun) {
            return useCase.commit(begun, run(begun.partitions()));
        }
        return ((BatchStart.Recorded) start).batch();
    }

    /** Runs every partition, each committed, and merges their tallies. */
    public synchronized BatchTally run(PartitionIngestFactory factory) {
        timesRun++;
        BatchTally tally = BatchTally.empty();
        for (int partitionId = 0; partitionId < partitions.size(); partitionId++) {
            try (PartitionIngest partition = factory.open(partitionId)) {
                partitions.get(partitionId).forEach(unit -> unit.readInto(partition));
                tally = tally.plus(partition.commit());
            }
        }
        return tally;
    }

    private static List<InMemorySourceUnit> units(List<RawRecord> records) {
        List<InMemorySourceUnit> units = new ArrayList<>();
        List<RawRecord> current = new ArrayList<>();
        for (RawRecord record : records) {
            if (!current.isEmpty() && !Objects.equals(current.get(0).origin().unitId(), record.origin().unitId())) {
                units.add(unit(current));
                current = new ArrayList<>();
            }
            current.add(record);
        }
        if (!current.isEmpty()) {
            units.add(unit(current));
        }
        return units;
    }

    private static InMemorySourceUnit unit(List<RawRecord> records) {
        return new InMemorySourceUnit(SourceUnit.fromId(records.get(0).origin().unitId()), LANDED_AT, records,
                List.of());
    }
}
