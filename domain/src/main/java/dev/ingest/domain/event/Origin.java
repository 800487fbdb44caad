package dev.ingest.domain.event;

import java.util.Objects;

/** Where a record came from: the file as the source named it and the record's 1-based number after the header. */
public record Origin(String sourceFile, long recordNumber) {
    public Origin {
        Objects.requireNonNull(sourceFile, "sourceFile");
        if (recordNumber < 1) {
            throw new IllegalArgumentException("recordNumber must be >= 1, was " + recordNumber);
        }
    }
}
