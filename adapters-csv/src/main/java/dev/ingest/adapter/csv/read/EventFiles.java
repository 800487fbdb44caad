package dev.ingest.adapter.csv.read;

import dev.ingest.adapter.csv.HadoopStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * How an event file is opened, for the stream and for {@code verify} alike: read as a stream of UTF-8 text through
 * Hadoop's {@code FileSystem}, plain or decompressed by a codec Hadoop reads without native libraries
 * ({@code .csv.gz}, {@code .csv.bz2}, {@code .csv.deflate}: the names the landing folder source takes).
 */
final class EventFiles {

    private static final int BUFFER_CHARS = 1 << 16;
    private static final CompressionCodecFactory CODECS = new CompressionCodecFactory(
            HadoopStore.configuration(Map.of()));

    private EventFiles() {
    }

    /**
     * Opens a file named by a Hadoop URI (Spark's {@code file:/in/a%20b.csv}, {@code hdfs://…}), decompressed by the
     * codec its name says. Invalid UTF-8 becomes a replacement character, which validation then rejects.
     *
     * @param hadoopSettings Hadoop settings over the classpath's, e.g. an object store's endpoint
     */
    static Reader open(String uri, Map<String, String> hadoopSettings) throws IOException {
        Path path = new Path(URI.create(uri));
        InputStream in = path.getFileSystem(HadoopStore.configuration(hadoopSettings)).open(path);
        CompressionCodec codec = CODECS.getCodec(path);
        if (codec != null) {
            in = codec.createInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER_CHARS);
    }
}
