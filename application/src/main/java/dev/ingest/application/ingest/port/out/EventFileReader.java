package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.event.RawRecord;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one landed event file's records in file order, numbered from 1, whatever the file holds: every piece of its
 * text ends in a record. Serializable: the stream ships it to the executors, which read their files with it.
 */
public interface EventFileReader extends Serializable {

    /**
     * Hands each record of the file to {@code records}.
     *
     * @param unitId the file's URI, which the records' origins name
     * @return the names of the header's columns that were not read (a producer added a field)
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    List<String> read(String unitId, Consumer<RawRecord> records);
}
