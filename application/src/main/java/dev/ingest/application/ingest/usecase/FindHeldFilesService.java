package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.FindHeldFilesCommand;
import dev.ingest.application.ingest.port.in.FindHeldFilesUseCase;
import dev.ingest.application.ingest.port.out.UnitLedger;
import java.util.Set;

/** Asks the store once, when a stream's source first lists its folder. */
public final class FindHeldFilesService implements FindHeldFilesUseCase {

    private final UnitLedger store;

    public FindHeldFilesService(UnitLedger store) {
        this.store = store;
    }

    @Override
    public Set<String> find(FindHeldFilesCommand command) {
        return store.heldFiles(command.streamId());
    }
}
