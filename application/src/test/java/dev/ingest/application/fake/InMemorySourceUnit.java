package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.in.SourceUnit;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** A source unit whose records are held in memory; read as often as asked, always the same records. */
public record InMemorySourceUnit(String id, Instant landedAt, List<RawRecord> records, List<String> ignoredColumns)
        implements SourceUnit {

    public InMemorySourceUnit {
        records = List.copyOf(records);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public static InMemorySourceUnit of(String id, Instant landedAt, RawRecord... records) {
        return new InMemorySourceUnit(id, landedAt, List.of(records), List.of());
    }

    @Override
    public List<String> read(Consumer<RawRecord> sink) {
        records.forEach(sink);
        return ignoredColumns;
    }
}
