package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.FolderUris;
import dev.ingest.adapter.spark.StreamSettings;
import dev.ingest.adapter.spark.kafka.KafkaSourceSettings;
import dev.ingest.bootstrap.wiring.ClusterReach;
import dev.ingest.bootstrap.wiring.Database;
import dev.ingest.bootstrap.wiring.Storage;
import dev.ingest.bootstrap.wiring.StreamingPipeline;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ingest stream}: migrates, then streams landed files into PostgreSQL until stopped (or done, with --available-now). */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Stream event files from the input folder into PostgreSQL, exactly once.")
public final class StreamCli implements Callable<Integer> {

    @Option(names = "--available-now",
            description = "Process every file present, in batches as the per-trigger limit gives, then exit.")
    boolean availableNow;

    @Option(names = "--db-retry-timeout", paramLabel = "DURATION", defaultValue = "2m",
            converter = DurationConverter.class,
            description = "How long to ride out an unavailable database before stopping (default: ${DEFAULT-VALUE}).")
    Duration dbRetryTimeout;

    @Mixin
    FolderOptions folders;

    @Mixin
    StreamOptions streamOptions;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    KafkaReadOptions kafkaRead;

    @Mixin
    DatabaseOptions databaseOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StreamSettings settings = UserInput.check(spec, () -> {
            Optional<KafkaSourceSettings> topics = kafkaRead.settings(spec, kafka);
            if (topics.isEmpty() && Storage.isFile(folders.input)) {
                throw new IllegalArgumentException("--input " + FolderUris.shown(folders.input) + " is not a folder");
            }
            StreamSettings folder = streamOptions.settings(folders.input, folders.checkpoint, folders.afterIngest(),
                    folders.archive(), availableNow).withInputLayout(folders.inputLayout());
            return topics.map(folder::withKafka).orElse(folder);
        });
        Optional<InetSocketAddress> prometheus = UserInput.check(spec, streamOptions::prometheusEndpoint);
        try (GracefulShutdown shutdown = GracefulShutdown.ofStream()) {
            try (Database database = databaseOptions.open(System.getenv(), dbRetryTimeout)) {
                UserInput.check(spec, () -> {
                    ClusterReach.check(settings, database.settings(), database.embedded());
                    return settings;
                });
                database.migrate();
                try (StreamingPipeline pipeline = StreamingPipeline.create(settings, streamOptions.extraColumns,
                        streamOptions.sparkConf, database.settings(), folders.errorDir,
                        streamOptions.metricsLog, System.out, prometheus)) {
                    pipeline.stream().stopOnShutdown();
                    shutdown.running();
                    spec.commandLine().getOut().println("Streaming " + source(settings) + " into "
                            + database.settings().location() + " (stream " + pipeline.stream().streamId()
                            + ", metrics in " + streamOptions.metricsLog + ")");
                    pipeline.prometheusAddress().ifPresent(address -> spec.commandLine().getOut()
                            .println(StreamOptions.prometheusLine(address)));
                    pipeline.stream().run();
                }
            }
            shutdown.stoppedCleanly();
        }
        return 0;
    }

    private static String source(StreamSettings settings) {
        return settings.kafka()
                .map(topics -> "topic " + String.join(", ", topics.topics()) + " from " + topics.bootstrapServers())
                .orElse(FolderUris.shown(settings.inputDir()));
    }
}
