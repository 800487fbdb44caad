package dev.ingest.adapter.spark.source;

import dev.ingest.application.verify.port.out.ArrivedFile;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import dev.ingest.application.ingest.port.out.EventFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The event files in the landing folder and, when the stream archives, in the archive folder, each counted with the
 * stream's own reader, so that a file holds here exactly as many records as the stream took from it. The landing
 * folder is listed by the stream's own rule ({@link EventFileNames#inFolder}) through Hadoop's {@code FileSystem},
 * wherever the folders are ({@code file:}, {@code hdfs:}, an object store).
 */
public final class FolderArrivedFiles implements ArrivedFiles {

    private final URI inputDir;
    private final InputLayout layout;
    private final Optional<URI> archiveDir;
    private final Configuration hadoop;
    private final EventFileReader files;

    /**
     * @param hadoop the configuration the folders' file systems are reached with
     * @param files  the stream's reader, counting rows as records whatever it does with extra columns
     */
    public FolderArrivedFiles(URI inputDir, InputLayout layout, Optional<URI> archiveDir, Configuration hadoop,
            EventFileReader files) {
        this.inputDir = inputDir;
        this.layout = layout;
        this.archiveDir = archiveDir;
        this.hadoop = hadoop;
        this.files = files;
    }

    @Override
    public List<ArrivedFile> list() {
        List<ArrivedFile> files = new ArrayList<>();
        try {
            Path input = new Path(inputDir);
            FileSystem fs = input.getFileSystem(hadoop);
            List<FileStatus> landed = layout == InputLayout.DATED ? DatedPartitions.files(fs, input)
                    : EventFileNames.inFolder(fs, input);
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
            if (EventFileNames.isEventFileName(file.getName())) {
                files.add(file);
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private ArrivedFile count(Path file, boolean archived) {
        long[] records = {0};
        URI uri = file.toUri();
        List<String> ignored = files.read(uri.toString(), record -> records[0]++);
        return new ArrivedFile(file.getName(), (archived ? "archive " : "input ") + shown(uri), records[0], ignored,
                archived);
    }

    /** A location as the account shows it: the local path for the local disk, the URI otherwise. */
    private static String shown(URI location) {
        return "file".equals(location.getScheme()) ? location.getPath() : location.toString();
    }
}
