package dev.ingest.bootstrap.cli;

import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.generation.GenerationSummary;
import java.io.PrintWriter;

/** Prints what the generator sent next to what the pipeline made of it, so a reader can check one against the other. */
final class DemoAccount {

    private DemoAccount() {
    }

    static void print(PrintWriter out, GenerationSummary generated, BatchOutcome ingested) {
        out.println();
        out.printf("Generated %d events: %d valid, %d repeated ids, %d invalid on purpose%n", generated.events(),
                generated.valid(), generated.duplicates(), generated.invalid());
        out.printf("Ingested  %d records: %d stored, %d duplicates, %d quarantined%n", ingested.recordsIn(),
                ingested.stored(), ingested.duplicates(), ingested.quarantined());
        if (!ingested.quarantinedByReason().isEmpty()) {
            out.println("Quarantined by reason: " + ingested.quarantinedByReason());
        }
        boolean balanced = ingested.recordsIn() == generated.events()
                && ingested.stored() == generated.valid()
                && ingested.duplicates() == generated.duplicates()
                && ingested.quarantined() == generated.invalid();
        out.println(balanced ? "Every record is accounted for." : "The account does not balance: see above.");
    }
}
