package dev.ingest.adapter.csv;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lands event files in a folder the stream watches, on any Hadoop file system ({@code file:}, {@code hdfs:}, an
 * object store). Each file is written under a dot-prefixed temporary name (which readers skip), forced to disk, then
 * renamed to {@code events_<yyyyMMdd_HHmmss_SSS>_<generator>_<seq>.csv}, so a reader sees a whole file or none.
 */
public final class CsvGeneratorSink implements GeneratorSink {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS")
            .withZone(ZoneOffset.UTC);
    private static final int BUFFER_CHARS = 1 << 16;

    private final FileSystem fs;
    private final Path folder;

    private CsvGeneratorSink(FileSystem fs, Path folder) {
        this.fs = fs;
        this.folder = folder;
    }

    /**
     * Creates the folder when missing; refuses a location that exists and is not a folder.
     *
     * @param hadoopSettings Hadoop settings over the classpath ones, e.g. an object store's endpoint
     */
    public static CsvGeneratorSink in(URI folder, Map<String, String> hadoopSettings) {
        Path path = new Path(folder);
        try {
            FileSystem fs = HadoopStore.fileSystem(path, hadoopSettings);
            if (fs.exists(path) && !fs.getFileStatus(path).isDirectory()) {
                throw new IllegalArgumentException("output " + HadoopStore.shown(path) + " is not a directory");
            }
            fs.mkdirs(path);
            return new CsvGeneratorSink(fs, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + HadoopStore.shown(path) + ": "
                    + e.getMessage(), e);
        }
    }

    public static String fileName(GeneratedFile file) {
        return String.format("events_%s_%s_%06d.csv", NAME_TIME.format(file.openedAt()), file.generatorId(),
                file.sequence());
    }

    @Override
    public String land(GeneratedFile file) {
        String name = fileName(file);
        Path target = new Path(folder, name);
        Path temporary = new Path(folder, "." + name + ".tmp");
        try {
            write(file, temporary);
            if (fs.exists(target)) {
                // The local disk's rename would silently replace another generator's file; two runs with the same
                // seed collide here.
                throw new FileAlreadyExistsException("another generator landed this name");
            }
            if (!fs.rename(temporary, target)) {
                throw new IOException("the store refused to rename " + HadoopStore.shown(temporary));
            }
            return name;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot land " + HadoopStore.shown(target) + ": " + e.getMessage(), e);
        }
    }

    private void write(GeneratedFile file, Path temporary) throws IOException {
        try (FSDataOutputStream out = fs.create(temporary, false)) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
            CSVPrinter printer = new CSVPrinter(writer, EventFileFormat.WRITE);
            for (GeneratedRecord record : file.records()) {
                printer.printRecord(record.fields());
            }
            printer.flush();
            HadoopStore.sync(out);
        }
    }

    private void deleteQuietly(Path temporary) {
        try {
            fs.delete(temporary, false);
        } catch (IOException ignored) {
            // The landing already failed with a clearer error; a leftover dot file is ignored by readers.
        }
    }
}
