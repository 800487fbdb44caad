package dev.ingest.application.generate.usecase;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Collects records into the current file and lands it when it is full or its interval has passed. Landing runs on
 * the given executor while the next file fills, at most one file in flight, so a slow disk costs no generation time
 * until it falls a whole file behind.
 */
final class FileAssembler {

    private final GeneratorSink sink;
    private final String generatorId;
    private final Duration interval;
    private final int eventsPerFile;
    private final List<GeneratedRecord> records = new ArrayList<>();
    private final Executor landingExecutor;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
    private Instant openedAt;
    private long files;

    FileAssembler(GeneratorSink sink, Executor landingExecutor, String generatorId, Duration interval,
            int eventsPerFile) {
        this.sink = sink;
        this.landingExecutor = landingExecutor;
        this.generatorId = generatorId;
        this.interval = interval;
        this.eventsPerFile = eventsPerFile;
    }

    /** Adds a record with the given event time, landing the current file first if its interval is over. */
    void add(GeneratedRecord record, Instant time) {
        landIfDue(time);
        if (records.isEmpty()) {
            openedAt = time;
        }
        records.add(record);
        if (records.size() >= eventsPerFile) {
            land();
        }
    }

    void landIfDue(Instant now) {
        if (!records.isEmpty() && !now.isBefore(openedAt.plus(interval))) {
            land();
        }
    }

    /** Lands the file being filled, if any, and waits until every file has landed. */
    void landRemaining() {
        if (!records.isEmpty()) {
            land();
        }
        awaitInFlight();
    }

    long files() {
        return files;
    }

    private void land() {
        files++;
        GeneratedFile file = new GeneratedFile(generatorId, files, openedAt, records);
        records.clear();
        awaitInFlight();
        inFlight = CompletableFuture.runAsync(() -> sink.land(file), landingExecutor);
    }

    private void awaitInFlight() {
        try {
            inFlight.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
