package dev.ingest.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.RawEvent;
import java.util.Set;

/** Shorthands for the validator tests. */
final class Validate {

    private static final EventValidator VALIDATOR = EventValidator.standard();

    private Validate() {
    }

    /** Every reason the record is refused for; empty when it is valid. */
    static Set<ReasonCode> reasonsFor(RawEvent raw) {
        return VALIDATOR.validate(raw) instanceof Verdict.Invalid invalid ? invalid.reasons() : Set.of();
    }

    /** The event a record validates to, failing the test when it is refused. */
    static Event accepted(RawEvent raw) {
        Verdict verdict = VALIDATOR.validate(raw);
        assertThat(verdict).as("verdict on %s", raw).isInstanceOf(Verdict.Valid.class);
        return ((Verdict.Valid) verdict).event();
    }
}
