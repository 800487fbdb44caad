package dev.ingest.domain.event;

import dev.ingest.domain.reason.ReasonCode;
import java.util.Objects;

/**
 * A record the reader could not turn into the eight fields (wrong field count, broken quoting, a file whose header
 * does not name the expected columns, a message that is not UTF-8 or not an event object), kept with its original
 * text so nothing is lost.
 */
public record UnreadableRecord(String rawText, ReasonCode reason, Origin origin) implements RawRecord {

    public UnreadableRecord {
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(origin, "origin");
        if (reason != ReasonCode.MALFORMED_RECORD && reason != ReasonCode.SCHEMA_MISMATCH
                && reason != ReasonCode.INVALID_CHARACTERS) {
            throw new IllegalArgumentException(
                    "an unreadable record is MALFORMED_RECORD, SCHEMA_MISMATCH or INVALID_CHARACTERS, not " + reason);
        }
    }
}
