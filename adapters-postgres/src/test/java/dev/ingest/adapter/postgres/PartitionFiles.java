package dev.ingest.adapter.postgres;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.StageTimings;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test helper: stores one partition of one file whose records are the events given, all valid. */
final class PartitionFiles {

    static final Instant LANDED = Instant.parse("2024-03-01T11:59:00Z");

    private PartitionFiles() {
    }

    static List<UnitTally> store(PartitionWriterFactory writers, BatchKey key, int partition, String file,
            WrittenEvent... events) {
        try (PartitionWriter writer = writers.open(key, partition)) {
            for (int i = 0; i < events.length; i++) {
                writer.write(events[i].event(), events[i].from(file, i + 1).origin());
            }
            return writer.commit(List.of(new UnitRead(SourceUnit.fromId(file), LANDED, events.length, 0)));
        }
    }

    static BatchTally tally(List<UnitTally> files) {
        return BatchTally.ofUnits(files, Map.of(), StageTimings.NONE);
    }
}
