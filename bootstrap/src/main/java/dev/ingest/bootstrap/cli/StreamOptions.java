package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.StreamSettings;
import dev.ingest.adapter.spark.StreamTrigger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How the stream runs (a picocli mixin shared by {@code stream} and {@code demo}'s Spark side). */
public final class StreamOptions {

    @Option(names = "--trigger", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Start a micro-batch every DURATION; 0 starts the next as soon as one ends "
                    + "(default: 100ms, for sub-second latency; the prototype used 10s).")
    Duration trigger;

    @Option(names = "--max-files-per-trigger", paramLabel = "N", defaultValue = "10",
            description = "At most N files per micro-batch (default: ${DEFAULT-VALUE}).")
    int maxFilesPerTrigger;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--metrics-log", paramLabel = "FILE", defaultValue = "logs/streaming_metrics.log",
            description = "One JSON line per batch (default: ${DEFAULT-VALUE}).")
    Path metricsLog;

    @ArgGroup(exclusive = true)
    UiChoice ui = new UiChoice();

    static final class UiChoice {
        @Option(names = "--ui-port", paramLabel = "N", description = "Spark UI and Prometheus port (default: 4040).")
        Integer port;

        @Option(names = "--no-ui", description = "Run without the Spark UI.")
        boolean off;
    }

    StreamSettings settings(Path input, Path checkpoint, Path archive, boolean availableNow) {
        StreamSettings settings = StreamSettings.of(input, checkpoint)
                .withMaxFilesPerTrigger(maxFilesPerTrigger)
                .withMaster(master)
                .withUiPort(ui.off ? OptionalInt.empty()
                        : OptionalInt.of(ui.port == null ? StreamSettings.DEFAULT_UI_PORT : ui.port));
        if (availableNow) {
            settings = settings.withTrigger(StreamTrigger.availableNow());
        } else if (trigger != null) {
            settings = settings.withTrigger(StreamTrigger.every(trigger));
        }
        return archive == null ? settings : settings.withArchiveDir(archive);
    }
}
