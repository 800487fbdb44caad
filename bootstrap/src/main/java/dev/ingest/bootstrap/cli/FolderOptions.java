package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.source.InputLayout;
import dev.ingest.adapter.spark.source.AfterIngest;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The stream's folders (a picocli mixin shared by {@code stream} and {@code verify}), each a path or a Hadoop URI:
 * one set of defaults, so that {@code verify} looks where the stream wrote.
 */
public final class FolderOptions {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "data/raw", converter = LocationConverter.class,
            description = "The landing folder where event files land, a path or a URI (file:, "
                    + "hdfs://namenode:8020/raw, s3a://bucket/raw, ...; the stream creates it if missing; "
                    + "default: ${DEFAULT-VALUE}).")
    URI input;

    @Option(names = "--input-layout", paramLabel = "LAYOUT",
            description = "Which files of the landing folder are taken: flat (those directly in it; the default) or "
                    + "dated (those in its day partitions yyyy/MM/dd/ or date=yyyy-MM-dd/).")
    String inputLayout;

    @Option(names = "--after-ingest", paramLabel = "MODE",
            description = "What becomes of a file once its batch is recorded: keep (left in place; the default), "
                    + "archive (moved under --archive-dir; --archive-dir alone means archive) or delete. A file still "
                    + "in the folder is never read twice; one that left it and lands again under its name is new.")
    String afterIngest;

    @Option(names = "--archive-dir", paramLabel = "DIR", converter = LocationConverter.class,
            description = "Where the stream moves the files it took, so the landing folder stays small (a path or a "
                    + "URI; none unless given).")
    URI archiveDir;

    @Option(names = "--error-dir", paramLabel = "DIR", defaultValue = "data/error", converter = LocationConverter.class,
            description = "The quarantine folder, a path or a URI (default: ${DEFAULT-VALUE}).")
    URI errorDir;

    @Option(names = "--checkpoint", paramLabel = "DIR", defaultValue = "checkpoints",
            converter = LocationConverter.class,
            description = "The stream's Spark checkpoint folder, which names the stream; restart with the same one to "
                    + "resume (a path or a URI; default: ${DEFAULT-VALUE}).")
    URI checkpoint;

    Optional<URI> archive() {
        return Optional.ofNullable(archiveDir);
    }

    /** @throws IllegalArgumentException for a layout that is neither flat nor dated */
    InputLayout inputLayout() {
        return inputLayout == null ? InputLayout.FLAT : InputLayout.fromOption(inputLayout);
    }

    /** @throws IllegalArgumentException for a mode that is none of keep, archive and delete */
    AfterIngest afterIngest() {
        if (afterIngest == null) {
            return archiveDir == null ? AfterIngest.KEEP : AfterIngest.ARCHIVE;
        }
        return AfterIngest.fromOption(afterIngest);
    }
}
