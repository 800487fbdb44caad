package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.List;

/** A source unit whose records are held in memory; read as often as asked, always the same records. */
public record InMemorySourceUnit(SourceUnit unit, Instant landedAt, List<RawRecord> records,
        List<String> ignoredColumns) {

    public InMemorySourceUnit {
        records = List.copyOf(records);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** @param id a file's name or URI, or a {@code kafka://} range id */
    public static InMemorySourceUnit of(String id, Instant landedAt, RawRecord... records) {
        return new InMemorySourceUnit(SourceUnit.fromId(id), landedAt, List.of(records), List.of());
    }

    /** Reads the unit into a partition, as a driving adapter's reader does. */
    public void readInto(PartitionIngest partition) {
        partition.startUnit(unit, landedAt);
        records.forEach(partition::accept);
        partition.endUnit(ignoredColumns);
    }
}
