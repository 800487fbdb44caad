package dev.ingest.adapter.spark.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads the files of one batch from the log that Spark's file source kept in the checkpoint of the earlier design
 * ({@code sources/0/<batch>}, or the {@code <batch>.compact} file that holds it and all batches before): a line
 * {@code v1}, then one JSON object per file with its {@code path}, {@code timestamp} and {@code batchId}. Needed only
 * when such a checkpoint's last batch was planned but not done, so that its replay takes the same files.
 */
final class FileSourceLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Configuration hadoop;

    /** @param sourceCheckpoint the checkpoint folder Spark gives the source ({@code <checkpoint>/sources/0}) */
    FileSourceLog(String sourceCheckpoint, Configuration hadoop) {
        this.dir = new Path(sourceCheckpoint);
        this.hadoop = hadoop;
    }

    /** @throws IllegalStateException when the checkpoint no longer holds the batch's log */
    List<ListedFile> files(long batchId) {
        try {
            FileSystem fs = dir.getFileSystem(hadoop);
            for (Path log : List.of(new Path(dir, Long.toString(batchId)), new Path(dir, batchId + ".compact"))) {
                if (fs.exists(log)) {
                    return read(fs, log, batchId);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Spark's file-source log in " + dir, e);
        }
        throw new IllegalStateException("the checkpoint's batch " + batchId + " was planned by an earlier version of"
                + " ingest, whose file-source log " + dir + " no longer holds it; finish that batch with the earlier"
                + " version, or start with a new checkpoint");
    }

    private static List<ListedFile> read(FileSystem fs, Path log, long batchId) throws IOException {
        List<ListedFile> files = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(fs.open(log), StandardCharsets.UTF_8))) {
            lines.readLine(); // the version line
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = JSON.readTree(line);
                if (entry.get("batchId").asLong() == batchId) {
                    files.add(new ListedFile(entry.get("path").asText(), entry.get("timestamp").asLong(), 0));
                }
            }
        }
        return files;
    }
}
