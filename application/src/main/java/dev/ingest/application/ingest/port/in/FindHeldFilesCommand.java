package dev.ingest.application.ingest.port.in;

import java.util.Objects;

/** Which stream asks for the files it holds. */
public record FindHeldFilesCommand(String streamId) {

    public FindHeldFilesCommand {
        Objects.requireNonNull(streamId, "streamId");
    }
}
