package dev.ingest.adapter.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The stream's id, kept next to its checkpoint: batch ids restart at 0 with a new checkpoint, so a new checkpoint
 * must also mean a new stream id, or its batches would be taken for replays of the old stream's.
 */
public final class StreamIdentity {

    static final String FILE_NAME = "ingest-stream-id";

    private StreamIdentity() {
    }

    /** Reads the id stored in the checkpoint folder, creating folder and id on first start. */
    static String loadOrCreate(Path checkpointDir) {
        Optional<String> existing = read(checkpointDir);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            Files.createDirectories(checkpointDir);
            String id = UUID.randomUUID().toString();
            // Written aside and renamed so that a crash never leaves a half-written id behind.
            Path pending = Files.createTempFile(checkpointDir, "." + FILE_NAME, ".tmp");
            Files.writeString(pending, id + "\n", StandardCharsets.UTF_8);
            Files.move(pending, checkpointDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the stream id in " + checkpointDir, e);
        }
    }

    /** The id stored in the checkpoint folder, or empty when no stream ever started with that checkpoint. */
    public static Optional<String> read(Path checkpointDir) {
        Path file = checkpointDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (id.isEmpty()) {
                throw new IllegalStateException("the stream id file " + file + " is empty; restore it or use a new checkpoint");
            }
            return Optional.of(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stream id in " + checkpointDir, e);
        }
    }
}
