package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.event.RawRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * One unit of a source that a partition ingests whole and the store records by its id, exactly once: a landed file,
 * or, for a log such as Kafka, one topic-partition's range of offsets.
 */
public interface SourceUnit {

    /** The unit's identity in the per-unit rows: a file's URI, say. */
    String id();

    /** When the unit arrived (a file's landing), from which its latency counts. */
    Instant landedAt();

    /**
     * Reads the unit's records in order, numbered by their origins, handing each to {@code records} as it is read,
     * once: a log's unit comes off a stream of messages.
     *
     * @return the names of fields the unit holds beyond the eight event fields, which were not read (a file's extra
     *         header columns)
     * @throws IOException when the unit cannot be read
     */
    List<String> read(Consumer<RawRecord> records) throws IOException;
}
