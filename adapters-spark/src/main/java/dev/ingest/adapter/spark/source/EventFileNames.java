package dev.ingest.adapter.spark.source;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Which files of the landing folder are event files, for the stream and for {@code verify} alike: a {@code *.csv}
 * file, plain or compressed with a codec Hadoop reads without native libraries ({@code .csv.gz}, {@code .csv.bz2},
 * {@code .csv.deflate}), whose name starts with neither {@code .} nor {@code _} (files still being written).
 */
public final class EventFileNames {

    private static final List<String> SUFFIXES = List.of(".csv", ".csv.gz", ".csv.bz2", ".csv.deflate");

    private EventFileNames() {
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
}
