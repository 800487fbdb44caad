package dev.ingest.application.fake;

import dev.ingest.application.port.in.BatchRecords;
import dev.ingest.application.port.in.PartitionProcessor;
import dev.ingest.application.port.in.PartitionRun;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A batch's records held in memory as partitions, processed one partition after the other the way a driving adapter
 * would on its executors. A new file begins wherever a record's source file differs from the one before it.
 */
public final class InMemoryBatchRecords implements BatchRecords {

    /** When every file of these batches landed. */
    public static final Instant LANDED_AT = Instant.parse("2024-03-15T14:30:00Z");

    private final List<List<RawRecord>> partitions;
    private int timesProcessed;

    private InMemoryBatchRecords(List<List<RawRecord>> partitions) {
        this.partitions = List.copyOf(partitions);
    }

    /** One partition holding the given records. */
    public static InMemoryBatchRecords of(RawRecord... records) {
        return new InMemoryBatchRecords(List.of(List.of(records)));
    }

    /** One partition per list, numbered from 0 in the order given. */
    @SafeVarargs
    public static InMemoryBatchRecords partitions(List<? extends RawRecord>... partitions) {
        return new InMemoryBatchRecords(Arrays.stream(partitions).map(List::<RawRecord>copyOf).toList());
    }

    /** How often a processor ran over these records; a replayed batch must not run one at all. */
    public synchronized int timesProcessed() {
        return timesProcessed;
    }

    @Override
    public synchronized BatchTally process(PartitionProcessor processor) {
        timesProcessed++;
        BatchTally tally = BatchTally.empty();
        for (int partitionId = 0; partitionId < partitions.size(); partitionId++) {
            try (PartitionRun run = processor.start(partitionId)) {
                String currentFile = null;
                for (RawRecord record : partitions.get(partitionId)) {
                    if (!Objects.equals(currentFile, record.origin().sourceFile())) {
                        currentFile = record.origin().sourceFile();
                        run.beginFile(currentFile, LANDED_AT);
                    }
                    run.accept(record);
                }
                tally = tally.plus(run.finish());
            }
        }
        return tally;
    }
}
