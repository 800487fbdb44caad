package dev.ingest.adapter.spark.csv;

import dev.ingest.application.verify.port.out.ArrivedFile;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The event files in the landing folder and, when the stream archives, in the archive folder, each counted with the
 * stream's own {@link CsvFileParser}, so that a file holds here exactly as many records as the stream took from it.
 * The landing folder is listed by the stream's own rule ({@link EventFiles#inFolder}) and its files read as the
 * stream reads them, as streams of text through Hadoop's {@code FileSystem}, wherever the folders are ({@code file:},
 * {@code hdfs:}, an object store).
 */
public final class CsvArrivedFiles implements ArrivedFiles {

    private final URI inputDir;
    private final InputLayout layout;
    private final Optional<URI> archiveDir;
    private final Map<String, String> hadoopSettings;
    private final Configuration hadoop;

    /** @param hadoopSettings Hadoop settings over the classpath ones, e.g. an object store's endpoint */
    public CsvArrivedFiles(URI inputDir, InputLayout layout, Optional<URI> archiveDir,
            Map<String, String> hadoopSettings) {
        this.inputDir = inputDir;
        this.layout = layout;
        this.archiveDir = archiveDir;
        this.hadoopSettings = Map.copyOf(hadoopSettings);
        this.hadoop = EventFiles.configuration(hadoopSettings);
    }

    @Override
    public List<ArrivedFile> list() {
        List<ArrivedFile> files = new ArrayList<>();
        try {
            Path input = new Path(inputDir);
            FileSystem fs = input.getFileSystem(hadoop);
            List<FileStatus> landed = layout == InputLayout.DATED ? DatedPartitions.files(fs, input)
                    : EventFiles.inFolder(fs, input);
            for (FileStatus file : landed) {
                files.add(count(file.getPath(), false));
            }
            if (archiveDir.isPresent()) {
                for (Path file : archived(new Path(archiveDir.get()))) {
                    files.add(count(file, true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the event files of " + shown(inputDir) + ": "
                    + e.getMessage(), e);
        }
        return files;
    }

    /** Archiving moves a file under the archive folder with its whole source path, hence the walk there. */
    private List<Path> archived(Path archive) throws IOException {
        FileSystem fs = archive.getFileSystem(hadoop);
        List<Path> files = new ArrayList<>();
        if (!fs.exists(archive)) {
            return files;
        }
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(archive, true);
        while (all.hasNext()) {
            Path file = all.next().getPath();
            if (EventFiles.isEventFileName(file.getName())) {
                files.add(file);
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private ArrivedFile count(Path file, boolean archived) {
        long[] records = {0};
        List<String> ignored;
        URI uri = file.toUri();
        try (Reader text = EventFiles.open(uri.toString(), hadoopSettings)) {
            // The same count whatever the stream does with extra columns: rows are records either way.
            ignored = CsvFileParser.parse(file.toString(), text, ExtraColumns.IGNORE, record -> records[0]++);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new ArrivedFile(file.getName(), (archived ? "archive " : "input ") + shown(uri), records[0], ignored,
                archived);
    }

    /** A location as the account shows it: the local path for the local disk, the URI otherwise. */
    private static String shown(URI location) {
        return "file".equals(location.getScheme()) ? location.getPath() : location.toString();
    }
}
