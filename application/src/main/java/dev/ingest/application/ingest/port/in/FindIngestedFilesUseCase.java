package dev.ingest.application.ingest.port.in;

import java.util.Set;

/** Tells which of the files a stream's source lists were stored by one of the stream's batches already. */
public interface FindIngestedFilesUseCase {

    /** Those of the command's files that a batch of its stream has stored, recorded in the ledger yet or not. */
    Set<String> find(FindIngestedFilesCommand command);
}
