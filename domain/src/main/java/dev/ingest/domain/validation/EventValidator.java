package dev.ingest.domain.validation;

import dev.ingest.domain.event.RawEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a raw record becomes an event, applying every rule the {@code user_events} table enforces so that a
 * valid verdict can never be refused by the database. Stateless and cheap: build one per partition.
 *
 * <p>Fields are trimmed with {@link String#strip()}; a missing or blank field is reported once and gets no further
 * checks; an invalid record gets every reason that applies. The rules themselves are listed in {@link EventRules}.
 */
public final class EventValidator {

    private final List<Rule> rules;

    private EventValidator(List<Rule> rules) {
        this.rules = rules;
    }

    public static EventValidator standard() {
        return new EventValidator(EventRules.ALL);
    }

    public Verdict validate(RawEvent raw) {
        Candidate candidate = new Candidate(raw);
        EnumSet<ReasonCode> reasons = null;
        // An indexed loop over the immutable list: no iterator, and no set at all for a valid record.
        for (int i = 0; i < rules.size(); i++) {
            Optional<ReasonCode> contribution = rules.get(i).verdictOn(candidate);
            if (contribution.isPresent()) {
                if (reasons == null) {
                    reasons = EnumSet.noneOf(ReasonCode.class);
                }
                reasons.add(contribution.get());
            }
        }
        return reasons == null ? new Verdict.Valid(candidate.toEvent()) : new Verdict.Invalid(reasons);
    }
}
