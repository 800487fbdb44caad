package dev.ingest.adapter.csv;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVPrinter;

/**
 * Lands event files in a folder the stream watches. Each file is written under a dot-prefixed temporary name (which
 * readers skip), forced to disk, then renamed atomically to {@code events_<yyyyMMdd_HHmmss_SSS>_<generator>_<seq>.csv},
 * so a reader sees a whole file or none.
 */
public final class CsvGeneratorSink implements GeneratorSink {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS")
            .withZone(ZoneOffset.UTC);
    private static final int BUFFER_CHARS = 1 << 16;

    private final Path folder;

    public CsvGeneratorSink(Path folder) {
        this.folder = folder;
    }

    /** Creates the folder when missing; refuses a path that exists and is not a folder. */
    public static CsvGeneratorSink in(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output " + folder + " is not a directory");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + folder, e);
        }
        return new CsvGeneratorSink(folder);
    }

    public static String fileName(GeneratedFile file) {
        return String.format("events_%s_%s_%06d.csv", NAME_TIME.format(file.openedAt()), file.generatorId(),
                file.sequence());
    }

    @Override
    public String land(GeneratedFile file) {
        String name = fileName(file);
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".tmp");
        try {
            write(file, temporary);
            if (Files.exists(target)) {
                // A rename would silently replace another generator's file; two runs with the same seed collide here.
                throw new FileAlreadyExistsException(target.toString(), null, "another generator landed this name");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot land " + target + ": " + e.getMessage(), e);
        }
    }

    private static void write(GeneratedFile file, Path temporary) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), BUFFER_CHARS);
            CSVPrinter printer = new CSVPrinter(writer, EventFileFormat.WRITE);
            for (GeneratedRecord record : file.records()) {
                printer.printRecord(record.fields());
            }
            printer.flush();
            channel.force(false);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The landing already failed with a clearer error; a leftover dot file is ignored by readers.
        }
    }
}
