package dev.ingest.application.generate.usecase;

import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.in.GenerateEventsUseCase;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.generate.port.out.GeneratorSink;
import dev.ingest.application.generate.port.out.ProductCatalogue;
import dev.ingest.application.generate.port.out.Sleeper;
import dev.ingest.domain.generation.GenerationSummary;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Generates events paced by a token bucket, lands them file by file, and on a stop request (or the end of the count
 * or duration) lands the file in progress before returning the summary.
 */
public final class GenerateEventsService implements GenerateEventsUseCase {

    /** Bounds the records made between two checks of the clock, the stop request and the file interval. */
    private static final int MAX_BURST = 10_000;
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(250);

    private final GeneratorSink sink;
    private final ProductCatalogue catalogue;
    private final Clock clock;
    private final Sleeper sleeper;
    private final GenerationProgress progress;
    private final Executor landingExecutor;

    /**
     * @param landingExecutor runs each file's landing while the next file fills; a direct executor
     *                        ({@code Runnable::run}) lands in line, which keeps tests deterministic
     */
    public GenerateEventsService(GeneratorSink sink, ProductCatalogue catalogue, Clock clock, Sleeper sleeper,
            GenerationProgress progress, Executor landingExecutor) {
        this.sink = sink;
        this.landingExecutor = landingExecutor;
        this.catalogue = catalogue;
        this.clock = clock;
        this.sleeper = sleeper;
        this.progress = progress;
    }

    /** Lands each file in line, on the generating thread. */
    public GenerateEventsService(GeneratorSink sink, ProductCatalogue catalogue, Clock clock, Sleeper sleeper,
            GenerationProgress progress) {
        this(sink, catalogue, clock, sleeper, progress, Runnable::run);
    }

    @Override
    public GenerationSummary generate(GenerateEventsCommand command) {
        SplittableRandom random = new SplittableRandom(command.seed().orElseGet(() -> new SecureRandom().nextLong()));
        String generatorId = String.format("%08x", random.nextInt());
        GenerationRun run = new GenerationRun(command, random, generatorId, catalogue.products(), sink,
                landingExecutor);
        boolean backfill = command.timeSpan().isPresent();
        Optional<Instant> simulatedStart = backfill
                ? Optional.of(command.startTime().orElseGet(() -> clock.instant().minus(command.timeSpan().get())))
                : command.startTime();
        EventTime eventTime = simulatedStart
                .map(start -> EventTime.simulated(start, command.eventTimeRate()))
                .orElseGet(() -> EventTime.wallClock(clock));
        TokenBucket bucket = new TokenBucket(command.eventsPerSecond(), clock, sleeper);
        Optional<Duration> deadline = command.startTime().isPresent() ? Optional.empty() : command.duration();
        long limit = command.eventLimit();
        Duration lastProgress = Duration.ZERO;
        try {
            BooleanSupplier finished = () -> command.stop().requested() || passed(deadline, bucket);
            while (run.events() < limit && !finished.getAsBoolean()) {
                int wanted = (int) Math.min(MAX_BURST, limit - run.events());
                // A backfill is written at full speed: its clock is simulated.
                int burst = backfill ? wanted : bucket.take(wanted, finished);
                if (burst == 0) {
                    break;
                }
                run.landIfDue(eventTime.of(run.events()));
                for (int i = 0; i < burst; i++) {
                    run.emit(eventTime.of(run.events()));
                }
                Duration elapsed = bucket.elapsed();
                if (elapsed.minus(lastProgress).compareTo(PROGRESS_EVERY) >= 0) {
                    lastProgress = elapsed;
                    progress.progress(run.summary(elapsed));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.landRemaining();
        return run.summary(bucket.elapsed());
    }

    private static boolean passed(Optional<Duration> deadline, TokenBucket bucket) {
        return deadline.map(d -> bucket.elapsed().compareTo(d) >= 0).orElse(false);
    }
}
