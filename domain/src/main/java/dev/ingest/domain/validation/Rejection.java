package dev.ingest.domain.validation;

import dev.ingest.domain.reason.ReasonCode;

import dev.ingest.domain.event.RawRecord;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A record refused by the pipeline together with every reason it was refused. */
public record Rejection(RawRecord record, Set<ReasonCode> reasons) {

    public Rejection {
        Objects.requireNonNull(record, "record");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one reason");
        }
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
}
