package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a driving adapter's reader fed a partition: each unit's landing time, records and unread fields, in order. */
public final class RecordingPartition implements PartitionIngest {

    /** One unit as it was read. */
    public record UnitRead(Instant landedAt, List<RawRecord> records, List<String> unreadFields) {
    }

    private final Map<String, UnitRead> units = new LinkedHashMap<>();
    private String current;
    private Instant currentLandedAt;
    private List<RawRecord> currentRecords;

    /** The units read so far, by id, in reading order. */
    public Map<String, UnitRead> units() {
        return units;
    }

    @Override
    public void startUnit(SourceUnit unit, Instant landedAt) {
        if (current != null) {
            throw new IllegalStateException("unit " + current + " was not ended before " + unit.id());
        }
        current = unit.id();
        currentLandedAt = landedAt;
        currentRecords = new ArrayList<>();
    }

    @Override
    public void accept(RawRecord record) {
        if (current == null) {
            throw new IllegalStateException("a record came before its unit was started");
        }
        currentRecords.add(record);
    }

    @Override
    public void endUnit(List<String> unreadFields) {
        if (current == null) {
            throw new IllegalStateException("a unit's end came before it was started");
        }
        units.put(current, new UnitRead(currentLandedAt, List.copyOf(currentRecords), List.copyOf(unreadFields)));
        current = null;
    }

    @Override
    public BatchTally commit() {
        throw new UnsupportedOperationException("a reader does not commit its partition");
    }

    @Override
    public void close() {
    }
}
