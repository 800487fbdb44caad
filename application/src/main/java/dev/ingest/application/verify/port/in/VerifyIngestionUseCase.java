package dev.ingest.application.verify.port.in;

/** Reconciles the files that arrived with what the ledger, the quarantine and the store hold for one stream. */
public interface VerifyIngestionUseCase {

    IngestionAccount verify(VerifyIngestionCommand command);
}
