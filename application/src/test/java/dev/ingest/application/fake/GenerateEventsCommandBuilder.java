package dev.ingest.application.fake;

import dev.ingest.application.generate.port.in.EventMix;
import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.in.GenerationStop;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Test data for generator commands: the CLI's defaults, changed one option at a time. */
public final class GenerateEventsCommandBuilder {

    private double eventsPerSecond = 10;
    private Optional<Duration> duration = Optional.empty();
    private OptionalLong count = OptionalLong.empty();
    private Duration fileInterval = Duration.ofSeconds(1);
    private int eventsPerFile = 10_000;
    private int users = 10_000;
    private EventMix mix = EventMix.DEFAULT;
    private OptionalLong seed = OptionalLong.of(42);
    private Optional<Instant> startTime = Optional.empty();
    private Optional<Duration> timeSpan = Optional.empty();
    private double invalidRatio;
    private double duplicateRatio;
    private GenerationStop stop = new GenerationStop();

    public static GenerateEventsCommandBuilder generate() {
        return new GenerateEventsCommandBuilder();
    }

    public GenerateEventsCommandBuilder rate(double value) {
        eventsPerSecond = value;
        return this;
    }

    public GenerateEventsCommandBuilder duration(Duration value) {
        duration = Optional.of(value);
        return this;
    }

    public GenerateEventsCommandBuilder count(long value) {
        count = OptionalLong.of(value);
        return this;
    }

    public GenerateEventsCommandBuilder fileInterval(Duration value) {
        fileInterval = value;
        return this;
    }

    public GenerateEventsCommandBuilder eventsPerFile(int value) {
        eventsPerFile = value;
        return this;
    }

    public GenerateEventsCommandBuilder users(int value) {
        users = value;
        return this;
    }

    public GenerateEventsCommandBuilder mix(EventMix value) {
        mix = value;
        return this;
    }

    public GenerateEventsCommandBuilder seed(long value) {
        seed = OptionalLong.of(value);
        return this;
    }

    public GenerateEventsCommandBuilder startTime(Instant value) {
        startTime = Optional.of(value);
        return this;
    }

    public GenerateEventsCommandBuilder invalidRatio(double value) {
        invalidRatio = value;
        return this;
    }

    public GenerateEventsCommandBuilder timeSpan(Duration value) {
        timeSpan = Optional.of(value);
        return this;
    }

    public GenerateEventsCommandBuilder duplicateRatio(double value) {
        duplicateRatio = value;
        return this;
    }

    public GenerateEventsCommandBuilder stop(GenerationStop value) {
        stop = value;
        return this;
    }

    public GenerateEventsCommand build() {
        return new GenerateEventsCommand(eventsPerSecond, duration, count, fileInterval, eventsPerFile, users, mix,
                seed, startTime, timeSpan, invalidRatio, duplicateRatio, stop);
    }
}
