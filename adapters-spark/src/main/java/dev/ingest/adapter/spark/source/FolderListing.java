package dev.ingest.adapter.spark.source;

import dev.ingest.adapter.spark.source.InputLayout;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The landing folder through Hadoop's {@code FileSystem}: names its event files (those directly in it, or in its date
 * partitions for {@link InputLayout#DATED}, by their path relative to it), looks up
 * a file's length and modification time, and lets a taken file go: moved under the archive folder with its whole
 * source path, as Spark's {@code cleanSource=archive} did, so that archives made by either are alike, or deleted.
 *
 * <p>Naming is what every trigger pays for each file the folder keeps, so on the local disk it reads the directory's
 * names alone ({@link File#list()}, no status call per file, which Hadoop's local listing makes); an object store or
 * HDFS answers a listing with every file's status at once, which is kept for the lookups that follow it.
 */
final class FolderListing {

    private static final Logger LOG = LoggerFactory.getLogger(FolderListing.class);

    /** A file as a lookup finds it: its URL-encoded URI, last modification time and length. */
    record Found(String path, long modifiedMillis, long bytes) {
    }

    private final FileSystem fs;
    private final Path folder;
    /** The folder's path, ending in "/", which a file's relative name follows. */
    private final String folderPath;
    private final boolean local;
    private final Optional<Path> archive;
    private final Optional<DatedFolderNames> dated;
    /** A remote listing's statuses, by name, for the lookups of the names it found. */
    private final Map<String, FileStatus> lastListing = new HashMap<>();

    /** @param folder the landing folder's URI; {@code archive} the archive's, on the same file system */
    FolderListing(String folder, InputLayout layout, Optional<String> archive, Configuration hadoop) {
        try {
            Path input = new Path(URI.create(folder));
            this.fs = input.getFileSystem(hadoop);
            // Qualified as Spark's sources qualify paths, so files keep the names the earlier design recorded.
            this.folder = fs.makeQualified(input);
            String path = this.folder.toUri().getPath();
            this.folderPath = path.endsWith("/") ? path : path + "/";
            this.local = "file".equals(fs.getUri().getScheme());
            this.dated = layout == InputLayout.DATED ? Optional.of(new DatedFolderNames()) : Optional.empty();
            this.archive = archive.map(dir -> fs.makeQualified(new Path(URI.create(dir))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the landing folder " + folder, e);
        }
    }

    /**
     * The names of the event files (and of anything else named like one) in the folder now, relative to it; none while
     * it is missing.
     *
     * @param now when, for a dated folder's schedule of which partitions to list again
     */
    List<String> names(long now) {
        lastListing.clear();
        try {
            return dated.isPresent() ? dated.get().names(fs, folder, now, this::namesIn) : namesIn(folder, "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the landing folder " + folder, e);
        }
    }

    private List<String> namesIn(Path dir, String prefix) throws IOException {
        if (local) {
            String[] listed = new File(dir.toUri().getPath()).list();
            if (listed == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>(listed.length);
            for (String name : listed) {
                if (EventFileNames.isEventFileName(name)) {
                    names.add(prefix.isEmpty() ? name : prefix + name);
                }
            }
            return names;
        }
        List<String> names = new ArrayList<>();
        for (FileStatus status : EventFileNames.inFolder(fs, dir)) {
            names.add(prefix + status.getPath().getName());
            lastListing.put(prefix + status.getPath().getName(), status);
        }
        return names;
    }

    /** The file of this name in the folder; empty when it is gone, or not a file (a folder named like one). */
    Optional<Found> find(String name) {
        Path path = new Path(folder, name);
        try {
            FileStatus status = local ? fs.getFileStatus(path) : lastListing.get(name);
            if (status == null || !status.isFile()) {
                return Optional.empty();
            }
            return Optional.of(new Found(sparkName(path), status.getModificationTime(), status.getLen()));
        } catch (FileNotFoundException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up " + path, e);
        }
    }

    /** The URI of the folder's file of this name, as {@link #find} gives it. */
    String path(String name) {
        return sparkName(new Path(folder, name));
    }

    /** The name, relative to the folder, of the file a URI of {@link #path} names. */
    String name(String path) {
        return new Path(URI.create(path)).toUri().getPath().substring(folderPath.length());
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
     * Moves a file that a recorded batch took under the archive folder. A file of that name archived before (a daily
     * {@code export.csv}) keeps its place; this one goes beside it into {@code again-2/}, {@code again-3/}, ..., so
     * that every copy keeps its name, as {@code verify} matches them.
     *
     * @return whether it moved; when it could not, it stays where it is, taken, and a warning says so
     */
    boolean archive(String path) {
        Path source = new Path(URI.create(path));
        Path first = new Path(archive.orElseThrow().toString() + source.toUri().getPath());
        Path target = first;
        try {
            for (int copy = 2; fs.exists(target); copy++) {
                target = new Path(new Path(first.getParent(), "again-" + copy), source.getName());
            }
            fs.mkdirs(target.getParent());
            if (fs.rename(source, target)) {
                return true;
            }
            LOG.warn("{} was ingested but cannot be archived: the move to {} failed; it stays in place and is not read"
                    + " again", source, target);
        } catch (IOException e) {
            LOG.warn("{} was ingested but cannot be archived to {}: {}; it stays in place and is not read again",
                    source, target, e.toString());
        }
        return false;
    }

    /**
     * Deletes a file that a recorded batch took.
     *
     * @return whether it is gone; when it could not be deleted it stays where it is, taken, and a warning says so
     */
    boolean delete(String path) {
        Path file = new Path(URI.create(path));
        try {
            if (fs.delete(file, false) || !fs.exists(file)) {
                return true;
            }
            LOG.warn("{} was ingested but cannot be deleted; it stays in place and is not read again", file);
        } catch (IOException e) {
            LOG.warn("{} was ingested but cannot be deleted: {}; it stays in place and is not read again", file,
                    e.toString());
        }
        return false;
    }
}
