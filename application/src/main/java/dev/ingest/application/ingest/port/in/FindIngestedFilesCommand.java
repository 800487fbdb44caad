package dev.ingest.application.ingest.port.in;

import java.util.List;
import java.util.Objects;

/**
 * Which stream asks, and about which files, named as its source names them.
 *
 * @param sourceFiles any number; the store is asked in bounded chunks
 */
public record FindIngestedFilesCommand(String streamId, List<String> sourceFiles) {

    public FindIngestedFilesCommand {
        Objects.requireNonNull(streamId, "streamId");
        sourceFiles = List.copyOf(sourceFiles);
    }
}
