package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.in.BatchUnits;
import dev.ingest.application.ingest.port.in.IngestPartitionCommand;
import dev.ingest.application.ingest.port.in.IngestPartitionUseCase;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A batch's records held in memory as partitions of units, ingested one partition after the other the way a driving
 * adapter would on its executors. A new unit begins wherever a record's source file differs from the one before it.
 */
public final class InMemoryBatchUnits implements BatchUnits {

    /** When every unit of these batches landed. */
    public static final Instant LANDED_AT = Instant.parse("2024-03-15T14:30:00Z");

    private final List<List<InMemorySourceUnit>> partitions;
    private int timesIngested;

    private InMemoryBatchUnits(List<List<RawRecord>> partitions) {
        this.partitions = partitions.stream().map(InMemoryBatchUnits::units).toList();
    }

    /** One partition holding the given records. */
    public static InMemoryBatchUnits of(RawRecord... records) {
        return new InMemoryBatchUnits(List.of(List.of(records)));
    }

    /** One partition per list, numbered from 0 in the order given. */
    @SafeVarargs
    public static InMemoryBatchUnits partitions(List<? extends RawRecord>... partitions) {
        return new InMemoryBatchUnits(Arrays.stream(partitions).map(List::<RawRecord>copyOf).toList());
    }

    /** How often partitions were ingested from these units; a replayed batch must not ingest any. */
    public synchronized int timesIngested() {
        return timesIngested;
    }

    @Override
    public synchronized BatchTally ingest(IngestPartitionUseCase partition) {
        timesIngested++;
        BatchTally tally = BatchTally.empty();
        for (int partitionId = 0; partitionId < partitions.size(); partitionId++) {
            tally = tally.plus(partition.ingest(new IngestPartitionCommand(partitionId,
                    partitions.get(partitionId).iterator())));
        }
        return tally;
    }

    private static List<InMemorySourceUnit> units(List<RawRecord> records) {
        List<InMemorySourceUnit> units = new ArrayList<>();
        List<RawRecord> current = new ArrayList<>();
        for (RawRecord record : records) {
            if (!current.isEmpty() && !Objects.equals(current.get(0).origin().sourceFile(), record.origin().sourceFile())) {
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
        return new InMemorySourceUnit(records.get(0).origin().sourceFile(), LANDED_AT, records, List.of());
    }
}
