package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.ReleaseFilesCommand;
import dev.ingest.application.ingest.port.in.ReleaseFilesUseCase;
import dev.ingest.application.ingest.port.out.UnitLedger;
import java.util.List;

/**
 * Tells the store in chunks, so that the first listing after a long stop, which may find months of files gone, makes
 * a few bounded statements rather than one unbounded one.
 */
public final class ReleaseFilesService implements ReleaseFilesUseCase {

    static final int CHUNK = 10_000;

    private final UnitLedger store;

    public ReleaseFilesService(UnitLedger store) {
        this.store = store;
    }

    @Override
    public void release(ReleaseFilesCommand command) {
        List<String> files = command.sourceFiles();
        for (int from = 0; from < files.size(); from += CHUNK) {
            store.releaseFiles(command.streamId(), files.subList(from, Math.min(files.size(), from + CHUNK)));
        }
    }
}
