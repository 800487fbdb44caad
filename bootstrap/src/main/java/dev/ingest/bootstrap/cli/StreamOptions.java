package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.BatchLimit;
import dev.ingest.adapter.spark.IngestSparkSession;
import dev.ingest.adapter.spark.StreamSettings;
import dev.ingest.adapter.spark.StreamTrigger;
import dev.ingest.adapter.csv.read.ExtraColumns;
import java.net.InetSocketAddress;
import dev.ingest.adapter.spark.source.AfterIngest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How the stream runs (a picocli mixin shared by {@code stream} and {@code demo}'s Spark side). */
public final class StreamOptions {

    @Option(names = "--trigger", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Start a micro-batch every DURATION; 0 starts the next as soon as one ends "
                    + "(default: 100ms, for sub-second latency; the prototype used 10s).")
    Duration trigger;

    @ArgGroup(exclusive = true)
    BatchLimitChoice batchLimit = new BatchLimitChoice();

    @Option(names = "--extra-columns", paramLabel = "POLICY", defaultValue = "ignore",
            converter = ExtraColumnsConverter.class,
            description = "A header naming more than the eight event columns: ignore reads the eight by name "
                    + "(default), reject quarantines every row as SCHEMA_MISMATCH.")
    ExtraColumns extraColumns;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://… (default: the master spark-submit "
                    + "was given, else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, as spark-submit's --conf (repeatable), e.g. spark.executor.memory=2g; it "
                    + "wins over the stream's own defaults.")
    Map<String, String> sparkConf = new LinkedHashMap<>();

    @Option(names = "--metrics-log", paramLabel = "FILE", defaultValue = "logs/streaming_metrics.log",
            description = "One JSON line per batch (default: ${DEFAULT-VALUE}).")
    Path metricsLog;

    @Option(names = "--metrics-port", paramLabel = "N",
            description = "Serve the stream's own metrics in Prometheus' format at http://HOST:N/metrics "
                    + "(default: off).")
    Integer metricsPort;

    @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Where --metrics-port listens (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface). "
                    + "The endpoint has no authentication.")
    String metricsHost;

    @ArgGroup(exclusive = true)
    UiChoice ui = new UiChoice();

    static final class BatchLimitChoice {
        @Option(names = "--max-files-per-trigger", paramLabel = "N",
                description = "At most N files per micro-batch (default: 10, unless --max-bytes-per-trigger is given).")
        Integer files;

        @Option(names = "--max-bytes-per-trigger", paramLabel = "SIZE", converter = BatchBytesConverter.class,
                description = "Files adding up to at most SIZE per micro-batch (256m, 1g, ...); a larger file makes a "
                        + "batch of its own.")
        BatchLimit bytes;

        BatchLimit limit() {
            if (bytes != null) {
                return bytes;
            }
            return files == null ? StreamSettings.DEFAULT_BATCH_LIMIT : BatchLimit.files(files);
        }
    }

    /** Reads --max-bytes-per-trigger's size. */
    static final class BatchBytesConverter implements ITypeConverter<BatchLimit> {
        @Override
        public BatchLimit convert(String size) {
            try {
                return BatchLimit.bytes(size);
            } catch (IllegalArgumentException notASize) {
                throw new TypeConversionException(notASize.getMessage());
            }
        }
    }

    /** Reads --extra-columns: ignore or reject. */
    static final class ExtraColumnsConverter implements ITypeConverter<ExtraColumns> {
        @Override
        public ExtraColumns convert(String policy) {
            for (ExtraColumns value : ExtraColumns.values()) {
                if (value.name().equalsIgnoreCase(policy.strip())) {
                    return value;
                }
            }
            throw new TypeConversionException("'" + policy + "' is neither ignore nor reject");
        }
    }

    static final class UiChoice {
        @Option(names = "--ui-port", paramLabel = "N", description = "Spark UI and Prometheus port (default: 4040).")
        Integer port;

        @Option(names = "--no-ui", description = "Run without the Spark UI.")
        boolean off;
    }

    /** Where to serve the Prometheus endpoint; empty without --metrics-port. */
    Optional<InetSocketAddress> prometheusEndpoint() {
        if (metricsPort == null) {
            return Optional.empty();
        }
        if (metricsPort < 1 || metricsPort > 65_535) {
            throw new IllegalArgumentException("--metrics-port must be between 1 and 65535, was " + metricsPort);
        }
        if (metricsHost.isBlank()) {
            throw new IllegalArgumentException("--metrics-host must not be blank");
        }
        return Optional.of(new InetSocketAddress(metricsHost.strip(), metricsPort));
    }

    /** The line that tells where the endpoint listens. */
    static String prometheusLine(InetSocketAddress address) {
        return "Prometheus metrics at http://" + address.getHostString() + ":" + address.getPort() + "/metrics";
    }

    /** @throws IllegalArgumentException for folders or options that do not go together */
    StreamSettings settings(URI input, URI checkpoint, AfterIngest afterIngest, Optional<URI> archive,
            boolean availableNow) {
        StreamSettings settings = StreamSettings.of(input, checkpoint)
                .withBatchLimit(batchLimit.limit())
                .withMaster(master != null ? master : IngestSparkSession.defaultMaster())
                .withUiPort(ui.off ? OptionalInt.empty()
                        : OptionalInt.of(ui.port == null ? StreamSettings.DEFAULT_UI_PORT : ui.port));
        if (availableNow) {
            settings = settings.withTrigger(StreamTrigger.availableNow());
        } else if (trigger != null) {
            settings = settings.withTrigger(StreamTrigger.every(trigger));
        }
        return settings.withAfterIngest(afterIngest, archive);
    }
}
