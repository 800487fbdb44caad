package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.csv.CsvGeneratorSink;
import dev.ingest.adapter.csv.DatafakerProductCatalogue;
import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.generate.port.out.Sleeper;
import dev.ingest.application.generate.usecase.GenerateEventsService;
import dev.ingest.domain.generation.GenerationSummary;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The generator, wired by hand: Datafaker's catalogue, CSV files landed atomically in a folder of any file system. */
public final class EventGenerator implements AutoCloseable {

    private final ExecutorService landing;
    private final GenerateEventsService service;

    private EventGenerator(CsvGeneratorSink sink, GenerationProgress progress) {
        // One thread writes and fsyncs the finished file while the caller's fills the next: two cores, both busy.
        this.landing = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "generate-landing");
            thread.setDaemon(true);
            return thread;
        });
        this.service = new GenerateEventsService(sink, new DatafakerProductCatalogue(), Clock.systemUTC(),
                Sleeper.system(), progress, landing);
    }

    /** @throws IllegalArgumentException when the output folder cannot be used (a file, say) */
    public static EventGenerator into(URI output, GenerationProgress progress) {
        return new EventGenerator(CsvGeneratorSink.in(output, Storage.settings()), progress);
    }

    public GenerationSummary generate(GenerateEventsCommand command) {
        return service.generate(command);
    }

    @Override
    public void close() {
        landing.shutdownNow();
    }
}
