package dev.ingest.application.generate.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One file's worth of generated records (for a topic, one flush's).
 *
 * @param generatorId names the generator, so that two generators sharing a folder never pick the same file name
 * @param sequence    the file's 1-based number within this generator's run
 * @param openedAt    the event time of the file's first record; it goes into the file name
 */
public record GeneratedFile(String generatorId, long sequence, Instant openedAt, List<GeneratedRecord> records) {

    public GeneratedFile {
        Objects.requireNonNull(generatorId, "generatorId");
        Objects.requireNonNull(openedAt, "openedAt");
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a landing file needs at least one record");
        }
    }
}
