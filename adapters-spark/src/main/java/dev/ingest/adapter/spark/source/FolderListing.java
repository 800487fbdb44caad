package dev.ingest.adapter.spark.source;

import dev.ingest.adapter.spark.csv.EventFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The landing folder through Hadoop's {@code FileSystem}: lists its event files (only those directly in it) and moves
 * a taken file under the archive folder with its whole source path, as Spark's {@code cleanSource=archive} did, so
 * that archives made by either are alike.
 */
final class FolderListing {

    private static final Logger LOG = LoggerFactory.getLogger(FolderListing.class);

    /** A file as the listing finds it: its URL-encoded URI, last modification time and length. */
    record Found(String path, long modifiedMillis, long bytes) {
    }

    private final FileSystem fs;
    private final Path folder;
    private final Optional<Path> archive;

    /** @param folder the landing folder's URI; {@code archive} the archive's, on the same file system */
    FolderListing(String folder, Optional<String> archive, Configuration hadoop) {
        try {
            Path input = new Path(URI.create(folder));
            this.fs = input.getFileSystem(hadoop);
            // Qualified as Spark's sources qualify paths, so files keep the names the earlier design recorded.
            this.folder = fs.makeQualified(input);
            this.archive = archive.map(dir -> fs.makeQualified(new Path(URI.create(dir))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the landing folder " + folder, e);
        }
    }

    boolean archives() {
        return archive.isPresent();
    }

    /** The event files in the folder now; none while the folder does not exist yet. */
    List<Found> list() {
        List<Found> found = new ArrayList<>();
        try {
            for (FileStatus status : EventFiles.inFolder(fs, folder)) {
                found.add(new Found(sparkName(status.getPath()), status.getModificationTime(), status.getLen()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the landing folder " + folder, e);
        }
        return found;
    }

    /**
     * A file's name as Spark's file sources wrote it and as the per-file rows of earlier versions hold it: the
     * URL-encoded URI, without the empty authority Hadoop's qualified local paths carry ({@code file:/in/a%20b.csv},
     * not {@code file:///in/a%20b.csv}).
     */
    static String sparkName(Path path) {
        URI uri = path.toUri();
        if (uri.getAuthority() != null || uri.getScheme() == null) {
            return uri.toString();
        }
        try {
            return new URI(uri.getScheme(), null, uri.getPath(), null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + path, e);
        }
    }

    /**
     * Moves a file that a recorded batch took under the archive folder.
     *
     * @return whether it moved; when it could not (a file of that name is archived already, say), it stays where it is,
     *         taken, and a warning says so
     */
    boolean archive(String path) {
        Path source = new Path(URI.create(path));
        Path target = new Path(archive.orElseThrow().toString() + source.toUri().getPath());
        try {
            fs.mkdirs(target.getParent());
            if (!fs.exists(target) && fs.rename(source, target)) {
                return true;
            }
            LOG.warn("{} was ingested but cannot be archived: {} exists or the move failed; it stays in place and is not"
                    + " read again", source, target);
        } catch (IOException e) {
            LOG.warn("{} was ingested but cannot be archived to {}: {}; it stays in place and is not read again",
                    source, target, e.toString());
        }
        return false;
    }
}
