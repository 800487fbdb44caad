package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.csv.CsvGeneratorSink;
import dev.ingest.adapter.csv.DatafakerProductCatalogue;
import dev.ingest.adapter.kafka.KafkaGeneratorSink;
import dev.ingest.domain.event.MessageFormat;
import dev.ingest.adapter.kafka.KafkaTarget;
import dev.ingest.adapter.spark.FolderUris;
import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.generate.port.out.GeneratorSink;
import dev.ingest.application.generate.port.out.Sleeper;
import dev.ingest.application.generate.usecase.GenerateEventsService;
import dev.ingest.domain.generation.GenerationSummary;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The generator, wired by hand: Datafaker's catalogue, and CSV files landed atomically in a folder of any file system
 * or messages produced to a Kafka topic.
 */
public final class EventGenerator implements AutoCloseable {

    private final ExecutorService landing;
    private final GenerateEventsService service;
    private final String destination;
    private final AutoCloseable sinkResources;

    private EventGenerator(GeneratorSink sink, String destination, AutoCloseable sinkResources,
            GenerationProgress progress) {
        // One thread writes and fsyncs the finished file (or flushes the messages) while the caller's fills the next:
        // two cores, both busy.
        this.landing = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "generate-landing");
            thread.setDaemon(true);
            return thread;
        });
        this.service = new GenerateEventsService(sink, new DatafakerProductCatalogue(), Clock.systemUTC(),
                Sleeper.system(), progress, landing);
        this.destination = destination;
        this.sinkResources = sinkResources;
    }

    /** @throws IllegalArgumentException when the output folder cannot be used (a file, say) */
    public static EventGenerator into(URI output, GenerationProgress progress) {
        return new EventGenerator(CsvGeneratorSink.in(output, Storage.settings()), FolderUris.shown(output), () -> {
        }, progress);
    }

    /**
     * @param clientOptions Kafka client settings over the producer's own; their values are never shown
     * @throws IllegalArgumentException      when a client option is not a valid Kafka setting
     * @throws java.io.UncheckedIOException when the brokers do not answer within seconds or lack the topic
     */
    public static EventGenerator intoKafka(String bootstrapServers, String topic, MessageFormat format,
            Map<String, String> clientOptions, GenerationProgress progress) {
        KafkaTarget target = new KafkaTarget(bootstrapServers, topic, format, clientOptions);
        KafkaGeneratorSink sink = KafkaGeneratorSink.open(target);
        return new EventGenerator(sink, target.shown(), sink, progress);
    }

    public GenerationSummary generate(GenerateEventsCommand command) {
        return service.generate(command);
    }

    /** Where the events went, for the summary: a folder, or {@code topic NAME on HOST:PORT}. */
    public String destination() {
        return destination;
    }

    @Override
    public void close() {
        landing.shutdownNow();
        try {
            sinkResources.close();
        } catch (Exception e) {
            // Every landed chunk was acknowledged before the run ended; nothing is left to lose here.
        }
    }
}
