package dev.ingest.domain.event;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a record came from: the unit as the source named it (a file's URI, a log range's id), the record's 1-based
 * number within it (after a file's header), and, for a log's message, its position in the log.
 *
 * @param message the message's topic, partition and offset; {@code null} for a file's record
 */
public record Origin(String unitId, long recordNumber, MessagePosition message) {

    public Origin {
        Objects.requireNonNull(unitId, "unitId");
        if (recordNumber < 1) {
            throw new IllegalArgumentException("recordNumber must be >= 1, was " + recordNumber);
        }
    }

    /** A file's record. */
    public Origin(String unitId, long recordNumber) {
        this(unitId, recordNumber, null);
    }

    /** The message's position in its log, or empty for a file's record. */
    public Optional<MessagePosition> position() {
        return Optional.ofNullable(message);
    }
}
