package dev.ingest.bootstrap.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File chores of the fault suite. */
final class Folders {

    private Folders() {
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files directly in a folder, by name. */
    static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lands a file the way producers must: written under a dot name beside it, then renamed in one step. */
    static void land(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path hidden = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(hidden, content);
            Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every file of one folder into another, in name order, each landed atomically. */
    static void landAll(Path from, Path to) {
        for (Path file : files(from)) {
            try {
                land(to.resolve(file.getFileName().toString()), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
