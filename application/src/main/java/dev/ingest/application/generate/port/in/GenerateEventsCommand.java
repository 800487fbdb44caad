package dev.ingest.application.generate.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to generate: the rate, when to stop (a duration, a count, or neither: until stopped), how to cut files, the
 * population and mix, what to inject on purpose, and the seed and start time that make a run reproducible.
 *
 * @param startTime when present, event times come from a simulated clock that starts there and advances exactly at
 *                  the target rate, so that {@code seed} and {@code startTime} together fix every byte of the output
 * @param timeSpan  when present, the {@code count} events' times spread evenly over this much simulated time (from
 *                  {@code startTime}, or ending now), written at full speed rather than paced: a backfill of history
 */
public record GenerateEventsCommand(
        double eventsPerSecond,
        Optional<Duration> duration,
        OptionalLong count,
        Duration fileInterval,
        int eventsPerFile,
        int users,
        EventMix mix,
        OptionalLong seed,
        Optional<Instant> startTime,
        Optional<Duration> timeSpan,
        double invalidRatio,
        double duplicateRatio,
        GenerationStop stop) {

    public static final int MAX_USERS = 1_000_000;
    public static final int MAX_EVENTS_PER_FILE = 10_000_000;

    public GenerateEventsCommand {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(fileInterval, "fileInterval");
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(timeSpan, "timeSpan");
        Objects.requireNonNull(stop, "stop");
        require(eventsPerSecond > 0 && Double.isFinite(eventsPerSecond), "--events-per-second must be positive");
        require(duration.isEmpty() || count.isEmpty(), "give either --duration or --count, not both");
        require(duration.map(d -> !d.isNegative() && !d.isZero()).orElse(true), "--duration must be positive");
        require(count.isEmpty() || count.getAsLong() > 0, "--count must be positive");
        require(!fileInterval.isNegative() && !fileInterval.isZero(), "--file-interval must be positive");
        require(eventsPerFile > 0 && eventsPerFile <= MAX_EVENTS_PER_FILE,
                "--events-per-file must be between 1 and " + MAX_EVENTS_PER_FILE);
        require(users > 0 && users <= MAX_USERS, "--users must be between 1 and " + MAX_USERS);
        require(timeSpan.isEmpty() || count.isPresent(), "--time-span needs --count");
        require(timeSpan.map(s -> !s.isNegative() && !s.isZero()).orElse(true), "--time-span must be positive");
        require(invalidRatio >= 0 && invalidRatio <= 1, "--invalid-ratio must be between 0 and 1");
        require(duplicateRatio >= 0 && duplicateRatio <= 1, "--duplicate-ratio must be between 0 and 1");
        require(invalidRatio + duplicateRatio <= 1, "--invalid-ratio and --duplicate-ratio together cannot exceed 1");
    }

    /** The most events the run may write: the count, or the duration at the target rate, or no limit. */
    public long eventLimit() {
        if (count.isPresent()) {
            return count.getAsLong();
        }
        return duration.map(d -> (long) Math.ceil(d.toNanos() / 1e9 * eventsPerSecond)).orElse(Long.MAX_VALUE);
    }

    /** How long a file stays open in event time: a backfill's files are cut by size alone. */
    public Duration fileCutInterval() {
        return timeSpan.map(span -> span.plusDays(1)).orElse(fileInterval);
    }

    /** Events per second of event time: the target rate, or the count spread over the time span. */
    public double eventTimeRate() {
        return timeSpan.map(span -> count.getAsLong() / (span.toNanos() / 1e9)).orElse(eventsPerSecond);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
