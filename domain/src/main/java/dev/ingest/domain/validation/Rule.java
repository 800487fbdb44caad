package dev.ingest.domain.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One named validation rule: a condition every valid record meets and the reason a record that does not is refused.
 * A rule about one field holds when that field is missing, because the missing-field rule already speaks for it.
 */
record Rule(String name, ReasonCode reason, Predicate<Candidate> holds) {

    Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(holds, "holds");
    }

    /** What this rule adds to the verdict on a candidate: nothing, or its reason. */
    Optional<ReasonCode> verdictOn(Candidate candidate) {
        return holds.test(candidate) ? Optional.empty() : Optional.of(reason);
    }

    @Override
    public String toString() {
        return name + " (" + reason + ")";
    }
}
