package dev.ingest.adapter.csv;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.StreamCapabilities;

/**
 * The stores this adapter writes its files to, through Hadoop's {@code FileSystem}: the local disk, HDFS or an object
 * store, whichever the location's scheme names, and how a whole file is published on each.
 */
public final class HadoopStore {

    /**
     * Stores that rename by copying and make a new object visible only once its writer closes (S3A, Google Cloud
     * Storage, Alibaba OSS, Tencent COS, Huawei OBS, Azure Blob's wasb): there a single write of the file under its own
     * name is the atomic publication. Hadoop has no path capability that says whether a rename is atomic
     * ({@code CommonPathCapabilities} names none), so it is decided by scheme; every other store (file, hdfs, viewfs,
     * webhdfs, abfs with its hierarchical namespace) renames atomically, and a file there is visible from its creation.
     */
    private static final Set<String> WRITE_ONCE_STORES = Set.of("s3a", "s3", "s3n", "gs", "oss", "cosn", "obs", "wasb",
            "wasbs");

    /** Reading core-default.xml for every file would cost each batch milliseconds: one per set of settings and JVM. */
    private static final Map<Map<String, String>, Configuration> CONFIGURATIONS = new ConcurrentHashMap<>();

    private HadoopStore() {
    }

    /**
     * The file system a location lives on, to write to.
     *
     * @param settings Hadoop settings over the classpath's ({@code core-site.xml}), e.g. {@code fs.s3a.endpoint}
     */
    static FileSystem fileSystem(Path location, Map<String, String> settings) throws IOException {
        FileSystem fs = location.getFileSystem(configuration(settings));
        // The local disk's default file system would put a .crc file beside every file written, for users to wade
        // through and the stream's archive to carry along.
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    /**
     * The configuration this adapter reaches its files with, one per set of settings and JVM (an executor's, or
     * verify's): the classpath's ({@code core-site.xml}), then these settings.
     */
    public static Configuration configuration(Map<String, String> settings) {
        return CONFIGURATIONS.computeIfAbsent(Map.copyOf(settings), copy -> {
            Configuration hadoop = new Configuration();
            copy.forEach(hadoop::set);
            return hadoop;
        });
    }

    /** Whether a file is published by renaming a temporary one, rather than by writing it once under its own name. */
    static boolean publishesByRename(FileSystem fs) {
        return !WRITE_ONCE_STORES.contains(fs.getUri().getScheme());
    }

    /** Forces what was written to disk where the store can (HDFS, the local disk); an object store's close does. */
    static void sync(FSDataOutputStream out) throws IOException {
        if (out.hasCapability(StreamCapabilities.HSYNC)) {
            out.hsync();
        }
    }

    /** A location as a message shows it: the local path for the local disk, the URI otherwise. */
    static String shown(Path location) {
        URI uri = location.toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : uri.toString();
    }
}
