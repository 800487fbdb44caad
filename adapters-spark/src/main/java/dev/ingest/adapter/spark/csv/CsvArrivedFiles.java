package dev.ingest.adapter.spark.csv;

import dev.ingest.application.verify.port.out.ArrivedFile;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The event files in the landing folder and, when the stream archives, in the archive folder, each counted with the
 * stream's own {@link CsvFileParser}, so that a file holds here exactly as many records as the stream took from it.
 * Like the stream, it takes only {@link EventFiles}, and only those directly in the landing folder, and reads them
 * as the stream does, as streams of text.
 */
public final class CsvArrivedFiles implements ArrivedFiles {

    private final Path inputDir;
    private final Optional<Path> archiveDir;

    public CsvArrivedFiles(Path inputDir, Optional<Path> archiveDir) {
        this.inputDir = inputDir;
        this.archiveDir = archiveDir;
    }

    @Override
    public List<ArrivedFile> list() {
        List<ArrivedFile> files = new ArrayList<>();
        for (Path file : eventFiles(inputDir, false)) {
            files.add(count(file, "input"));
        }
        if (archiveDir.isPresent()) {
            for (Path file : eventFiles(archiveDir.get(), true)) {
                files.add(count(file, "archive"));
            }
        }
        return files;
    }

    /**
     * The stream reads only the landing folder itself, not its subfolders (measured with Spark 4); archiving moves a
     * file under the archive folder with its whole source path, hence the walk there.
     */
    private static List<Path> eventFiles(Path dir, boolean walk) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = walk ? Files.walk(dir) : Files.list(dir)) {
            return paths.filter(path -> Files.isRegularFile(path) && EventFiles.isEventFileName(path.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static ArrivedFile count(Path file, String folder) {
        long[] records = {0};
        List<String> ignored;
        try (Reader text = EventFiles.open(file.toUri().toString())) {
            // The same count whatever the stream does with extra columns: rows are records either way.
            ignored = CsvFileParser.parse(file.toString(), text, ExtraColumns.IGNORE, record -> records[0]++);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ArrivedFile(file.getFileName().toString(), folder + " " + file, records[0], ignored);
    }
}
