package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.FindIngestedFilesCommand;
import dev.ingest.application.ingest.port.in.FindIngestedFilesUseCase;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Asks the store about a listing in chunks, so that the first listing of a folder that holds months of files (a
 * stream that does not archive) makes a few bounded queries rather than one unbounded one.
 */
public final class FindIngestedFilesService implements FindIngestedFilesUseCase {

    static final int CHUNK = 10_000;

    private final BatchCommitter store;

    public FindIngestedFilesService(BatchCommitter store) {
        this.store = store;
    }

    @Override
    public Set<String> find(FindIngestedFilesCommand command) {
        List<String> files = command.sourceFiles();
        Set<String> ingested = new HashSet<>();
        for (int from = 0; from < files.size(); from += CHUNK) {
            ingested.addAll(store.storedFiles(command.streamId(), files.subList(from, Math.min(files.size(), from + CHUNK))));
        }
        return ingested;
    }
}
