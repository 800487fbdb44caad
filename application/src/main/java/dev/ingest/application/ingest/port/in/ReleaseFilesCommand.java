package dev.ingest.application.ingest.port.in;

import java.util.List;
import java.util.Objects;

/**
 * Files of a stream that left its landing folder after a batch stored them, named as its source names them.
 *
 * @param sourceFiles any number; the store is told in bounded chunks
 */
public record ReleaseFilesCommand(String streamId, List<String> sourceFiles) {

    public ReleaseFilesCommand {
        Objects.requireNonNull(streamId, "streamId");
        sourceFiles = List.copyOf(sourceFiles);
    }
}
