package dev.ingest.adapter.spark.csv;

import dev.ingest.application.port.out.ArrivedFile;
import dev.ingest.application.port.out.ArrivedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The event files in the landing folder and, when the stream archives, in the archive folder, each counted with the
 * stream's own {@link CsvFileParser}, so that a file holds here exactly as many records as the stream took from it.
 * Like the stream, it takes only {@code *.csv} files whose names start with neither {@code .} nor {@code _}.
 */
public final class LandingFolderFiles implements ArrivedFiles {

    private final Path inputDir;
    private final Optional<Path> archiveDir;

    public LandingFolderFiles(Path inputDir, Optional<Path> archiveDir) {
        this.inputDir = inputDir;
        this.archiveDir = archiveDir;
    }

    @Override
    public List<ArrivedFile> list() {
        List<ArrivedFile> files = new ArrayList<>();
        for (Path file : eventFiles(inputDir, true)) {
            files.add(count(file, "input"));
        }
        if (archiveDir.isPresent()) {
            for (Path file : eventFiles(archiveDir.get(), false)) {
                files.add(count(file, "archive"));
            }
        }
        return files;
    }

    /** Spark names a file by its URL-encoded URI ({@code file:/in/a%20b.csv}); archiving keeps its name. */
    @Override
    public String fileName(String sourceFile) {
        String path;
        try {
            path = new URI(sourceFile).getPath();
        } catch (URISyntaxException notAUri) {
            path = sourceFile;
        }
        String name = path == null ? sourceFile : path;
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static List<Path> eventFiles(Path dir, boolean skipHiddenFolders) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // Spark lists the input folder's subfolders too, skipping hidden ones; archiving moves a file under the
        // archive folder with its whole source path, whatever that path's folders are called.
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(path -> Files.isRegularFile(path) && isEventFileName(path.getFileName()))
                    .filter(path -> !skipHiddenFolders || !inHiddenFolder(dir.relativize(path)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isEventFileName(Path name) {
        String text = name.toString();
        return text.endsWith(".csv") && !isHidden(text);
    }

    private static boolean inHiddenFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (isHidden(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static ArrivedFile count(Path file, String folder) {
        try {
            // Spark's text source decodes UTF-8 the same way: an invalid byte becomes a replacement character.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            long[] records = {0};
            CsvFileParser.parse(file.toString(), text, record -> records[0]++);
            return new ArrivedFile(file.getFileName().toString(), folder + " " + file, records[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
