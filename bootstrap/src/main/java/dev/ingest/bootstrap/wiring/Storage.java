package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.spark.FolderUris;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * Where the commands keep their files, each location a Hadoop {@code FileSystem} URI: the Hadoop settings the user
 * gave, whether a location's scheme has a file system on the classpath, and the few questions a command asks of a
 * location before it starts.
 */
public final class Storage {

    private static final String SPARK_HADOOP = "spark.hadoop.";

    private Storage() {
    }

    /**
     * The Hadoop settings given as Spark's {@code spark.hadoop.*} properties (what spark-submit's {@code --conf} sets,
     * or {@code java -Dspark.hadoop.fs.s3a.endpoint=…}), without the prefix, for {@code verify} and {@code generate},
     * which run no Spark session; the stream takes them from its session.
     */
    public static Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(SPARK_HADOOP))
                .forEach(name -> settings.put(name.substring(SPARK_HADOOP.length()), System.getProperty(name)));
        return Map.copyOf(settings);
    }

    /** @throws IllegalArgumentException when no file system on the classpath serves the location's scheme */
    public static void requireFileSystem(URI location) {
        String scheme = location.getScheme();
        try {
            FileSystem.getFileSystemClass(scheme, configuration());
        } catch (UnsupportedFileSystemException e) {
            throw new IllegalArgumentException(e.getMessage() + ": no Hadoop connector for it is on the classpath");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // core-default.xml names the object stores' classes; without their connector jar the lookup fails so.
            if (e.getCause() instanceof ClassNotFoundException missing) {
                throw new IllegalArgumentException("No FileSystem for scheme \"" + scheme + "\": its Hadoop connector"
                        + " is not on the classpath (" + missing.getMessage() + ")");
            }
            throw e;
        }
    }

    /** Whether the location exists and is a file, not a folder. */
    public static boolean isFile(URI location) {
        Path path = new Path(location);
        try (FileSystem fs = ownFileSystem(path)) {
            return fs.getFileStatus(path).isFile();
        } catch (FileNotFoundException absent) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + FolderUris.shown(location) + ": " + e.getMessage(), e);
        }
    }

    /** Creates the folder and its parents where missing. */
    public static void createFolder(URI location) {
        Path path = new Path(location);
        try (FileSystem fs = ownFileSystem(path)) {
            fs.mkdirs(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + FolderUris.shown(location) + ": " + e.getMessage(), e);
        }
    }

    /** The location of an entry of a folder. */
    public static URI child(URI folder, String name) {
        String path = folder.getPath().endsWith("/") ? folder.getPath() : folder.getPath() + "/";
        try {
            return new URI(folder.getScheme(), folder.getAuthority(), path + name, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + name + "' cannot name an entry of " + FolderUris.shown(folder), e);
        }
    }

    /**
     * A file system instance of its own, closed after use: Hadoop keeps one per scheme for the whole JVM, made with
     * whichever configuration asks first, and the first to make the local disk's must be the stream's Spark session,
     * whose checkpoint bookkeeping is tuned to the raw local file system (see {@code IngestSparkSession}).
     */
    private static FileSystem ownFileSystem(Path path) throws IOException {
        return FileSystem.newInstance(path.toUri(), configuration());
    }

    /** A Hadoop configuration with the user's settings ({@link #settings()}) over the classpath's. */
    static Configuration configuration() {
        Configuration hadoop = new Configuration();
        settings().forEach(hadoop::set);
        return hadoop;
    }
}
