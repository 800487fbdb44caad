package dev.ingest.adapter.spark.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * What an event file is and how one is opened, for the stream and for {@code verify} alike: a {@code *.csv} file,
 * plain or compressed with a codec Hadoop reads without native libraries ({@code .csv.gz}, {@code .csv.bz2},
 * {@code .csv.deflate}), whose name starts with neither {@code .} nor {@code _} (files still being written), read as a
 * stream of UTF-8 text through Hadoop's {@code FileSystem}.
 */
public final class EventFiles {

    private static final List<String> SUFFIXES = List.of(".csv", ".csv.gz", ".csv.bz2", ".csv.deflate");

    private static final int BUFFER_CHARS = 1 << 16;
    /**
     * One per set of settings and JVM (an executor's, or verify's): reading core-default.xml and looking up every codec
     * class anew for each file would cost each batch milliseconds.
     */
    private static final Map<Map<String, String>, Configuration> CONFIGURATIONS = new ConcurrentHashMap<>();
    private static final CompressionCodecFactory CODECS = new CompressionCodecFactory(configuration(Map.of()));

    private EventFiles() {
    }

    /** Whether a file of this name is an event file. */
    public static boolean isEventFileName(String name) {
        // A loop, not a stream: the landing folder source asks this of every name in the folder at every trigger.
        if (name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event files directly in a folder, not in its subfolders, in name order: what the stream takes from its
     * landing folder. None while the folder does not exist.
     */
    public static List<FileStatus> inFolder(FileSystem fs, Path folder) throws IOException {
        if (!fs.exists(folder)) {
            return List.of();
        }
        return Arrays.stream(fs.listStatus(folder))
                .filter(status -> status.isFile() && isEventFileName(status.getPath().getName()))
                .sorted(Comparator.comparing(FileStatus::getPath))
                .toList();
    }

    /**
     * The Hadoop configuration this adapter's own file access uses, outside Spark's: the classpath's
     * ({@code core-site.xml}), then these settings.
     *
     * @param hadoopSettings e.g. an object store's endpoint, as the stream's session has them ({@code spark.hadoop.*})
     */
    public static Configuration configuration(Map<String, String> hadoopSettings) {
        return CONFIGURATIONS.computeIfAbsent(Map.copyOf(hadoopSettings), settings -> {
            Configuration hadoop = new Configuration();
            settings.forEach(hadoop::set);
            return hadoop;
        });
    }

    /**
     * Opens a file named by a Hadoop URI (Spark's {@code file:/in/a%20b.csv}, {@code hdfs://…}), decompressed by the
     * codec its name says. Invalid UTF-8 becomes a replacement character, which validation then rejects.
     */
    public static Reader open(String uri, Map<String, String> hadoopSettings) throws IOException {
        Path path = new Path(URI.create(uri));
        InputStream in = path.getFileSystem(configuration(hadoopSettings)).open(path);
        CompressionCodec codec = CODECS.getCodec(path);
        if (codec != null) {
            in = codec.createInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER_CHARS);
    }

}
