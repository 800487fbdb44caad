package dev.ingest.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files under a folder, and their text, for tests about what a run wrote. */
public final class FileTree {

    private FileTree() {
    }

    /** Every path (files and folders) under {@code root}, itself excluded. */
    public static Set<Path> paths(Path root) {
        if (!Files.exists(root)) {
            return Set.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !path.equals(root)).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every regular file under {@code root}, one after the other, undecodable bytes replaced. */
    public static String allText(Path root) {
        StringBuilder text = new StringBuilder();
        for (Path path : paths(root)) {
            if (Files.isRegularFile(path)) {
                try {
                    text.append(new String(Files.readAllBytes(path), StandardCharsets.UTF_8)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return text.toString();
    }
}
