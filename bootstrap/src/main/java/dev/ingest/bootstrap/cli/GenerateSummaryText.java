package dev.ingest.bootstrap.cli;

import dev.ingest.domain.generation.GenerationSummary;
import java.util.Locale;
import java.util.StringJoiner;

/** The generator's final summary: what was written and what was injected on purpose, for reconciliation. */
final class GenerateSummaryText {

    private GenerateSummaryText() {
    }

    /**
     * @param chunks what the generator lands at once: {@code files}, or {@code flushes} of messages
     */
    static String of(GenerationSummary summary, String chunks, String output) {
        StringJoiner reasons = new StringJoiner(", ");
        summary.invalidByReason().forEach((reason, count) -> reasons.add(reason + "=" + count));
        return String.format(Locale.ROOT, "generator %s wrote %d events in %d %s to %s in %.3f s (%.1f events/s)%n"
                        + "  valid: %d  duplicates injected: %d  invalid injected: %d%s",
                summary.generatorId(), summary.events(), summary.files(), chunks, output, summary.elapsed().toNanos() / 1e9,
                summary.achievedRate(), summary.valid(), summary.duplicates(), summary.invalid(),
                summary.invalid() == 0 ? "" : " (" + reasons + ")");
    }
}
