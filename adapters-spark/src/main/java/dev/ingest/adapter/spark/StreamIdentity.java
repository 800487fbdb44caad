package dev.ingest.adapter.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.StreamCapabilities;

/**
 * The stream's id, kept next to its checkpoint (on whichever file system the checkpoint is): batch ids restart at 0
 * with a new checkpoint, so a new checkpoint must also mean a new stream id, or its batches would be taken for replays
 * of the old stream's.
 */
public final class StreamIdentity {

    static final String FILE_NAME = "ingest-stream-id";

    private StreamIdentity() {
    }

    /**
     * Reads the id stored in the checkpoint folder, creating folder and id on first start.
     *
     * @param hadoop the stream's session's Hadoop configuration, which Spark opens the checkpoint with too
     */
    static String loadOrCreate(URI checkpointDir, Configuration hadoop) {
        Path folder = new Path(checkpointDir);
        try {
            FileSystem fs = withoutChecksumFiles(folder.getFileSystem(hadoop));
            Optional<String> existing = read(fs, folder);
            if (existing.isPresent()) {
                return existing.get();
            }
            fs.mkdirs(folder);
            String id = UUID.randomUUID().toString();
            // Written aside and renamed so that a crash never leaves a half-written id behind.
            Path pending = new Path(folder, "." + FILE_NAME + "." + UUID.randomUUID() + ".tmp");
            try (FSDataOutputStream out = fs.create(pending, false)) {
                out.write((id + "\n").getBytes(StandardCharsets.UTF_8));
                if (out.hasCapability(StreamCapabilities.HSYNC)) {
                    out.hsync();
                }
            }
            if (!fs.rename(pending, new Path(folder, FILE_NAME))) {
                fs.delete(pending, false);
                // Another start on this checkpoint wrote its id first (HDFS's rename never replaces a file): it holds.
                return read(fs, folder).orElseThrow(() -> new IOException("the store refused to rename " + pending));
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the stream id in " + FolderUris.shown(checkpointDir) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The id stored in the checkpoint folder, or empty when no stream ever started with that checkpoint.
     *
     * @param hadoop the configuration the checkpoint folder's file system is reached with
     */
    public static Optional<String> read(URI checkpointDir, Configuration hadoop) {
        Path folder = new Path(checkpointDir);
        try {
            return read(folder.getFileSystem(hadoop), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stream id in " + FolderUris.shown(checkpointDir) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The local disk's default file system would put a .crc file beside the id in the checkpoint. */
    private static FileSystem withoutChecksumFiles(FileSystem fs) {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    private static Optional<String> read(FileSystem fs, Path folder) throws IOException {
        Path file = new Path(folder, FILE_NAME);
        if (!fs.exists(file)) {
            return Optional.empty();
        }
        String id;
        try (FSDataInputStream in = fs.open(file)) {
            id = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        if (id.isEmpty()) {
            throw new IllegalStateException("the stream id file " + FolderUris.shown(file.toUri())
                    + " is empty; restore it or use a new checkpoint");
        }
        return Optional.of(id);
    }
}
