package dev.ingest.domain.validation;

import dev.ingest.domain.reason.ReasonCode;

import dev.ingest.domain.event.Event;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The validator's answer for one record: a typed event, or every reason it was refused. */
public sealed interface Verdict {

    record Valid(Event event) implements Verdict {
        public Valid {
            Objects.requireNonNull(event, "event");
        }
    }

    record Invalid(Set<ReasonCode> reasons) implements Verdict {
        public Invalid {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an invalid verdict needs at least one reason");
            }
            reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        }
    }
}
