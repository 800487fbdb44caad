package dev.ingest.application.generate.usecase;

import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.out.CatalogueProduct;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import dev.ingest.domain.generation.GenerationSummary;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * One run's records and bookkeeping: decides for each record whether it is valid, a repeat or spoiled on purpose,
 * and counts each kind so the summary reconciles exactly. All randomness comes from one seeded generator, drawn in a
 * fixed order, which is what makes a seeded run reproducible.
 */
final class GenerationRun {

    private static final int DUPLICATE_MEMORY = 20_000;

    private final RandomGenerator random;
    private final String generatorId;
    private final EventSynthesizer synthesizer;
    private final InvalidRecordMaker invalidMaker = new InvalidRecordMaker();
    private final DuplicatePool duplicates = new DuplicatePool(DUPLICATE_MEMORY);
    private final FileAssembler files;
    private final double invalidRatio;
    private final double duplicateRatio;
    private final EnumMap<ReasonCode, Long> invalidByReason = new EnumMap<>(ReasonCode.class);
    private long events;
    private long valid;
    private long repeated;

    GenerationRun(GenerateEventsCommand command, RandomGenerator random, String generatorId,
            List<CatalogueProduct> products, GeneratorSink sink, Executor landingExecutor) {
        this.random = random;
        this.generatorId = generatorId;
        this.synthesizer = new EventSynthesizer(products, new UserPool(command.users()), command.mix(), random);
        this.files = new FileAssembler(sink, landingExecutor, generatorId, command.fileCutInterval(), command.eventsPerFile());
        this.invalidRatio = command.invalidRatio();
        this.duplicateRatio = command.duplicateRatio();
    }

    void emit(Instant time) {
        GeneratedRecord fresh = synthesizer.next(time);
        double draw = random.nextDouble();
        if (draw < invalidRatio) {
            invalidByReason.merge(invalidMaker.nextReason(), 1L, Long::sum);
            files.add(invalidMaker.spoil(fresh), time);
        } else if (draw < invalidRatio + duplicateRatio && !duplicates.isEmpty()) {
            repeated++;
            files.add(duplicates.pick(random), time);
        } else {
            valid++;
            duplicates.remember(fresh);
            files.add(fresh, time);
        }
        events++;
    }

    void landIfDue(Instant now) {
        files.landIfDue(now);
    }

    void landRemaining() {
        files.landRemaining();
    }

    long events() {
        return events;
    }

    GenerationSummary summary(Duration elapsed) {
        return new GenerationSummary(generatorId, events, files.files(), valid, repeated, invalidByReason, elapsed);
    }
}
