package dev.ingest.adapter.postgres.database;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import dev.failsafe.function.CheckedSupplier;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries an operation on transient failures with capped exponential backoff and jitter until the settings' retry
 * deadline, logging one line per retry; past the deadline it throws {@link DatabaseUnavailableException}. Data errors
 * are not retried.
 */
public final class Retrying {

    private static final Logger LOG = LoggerFactory.getLogger(Retrying.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final DatabaseSettings settings;
    private final RetryPolicy<Object> policy;
    private final AtomicLong retries = new AtomicLong();

    public Retrying(DatabaseSettings settings) {
        this.settings = settings;
        this.policy = policy(settings, retries);
    }

    /** How many attempts were retried so far, over every operation called here. */
    public long retries() {
        return retries.get();
    }

    public <T> T call(CheckedSupplier<T> operation) {
        try {
            return Failsafe.with(policy).get(operation);
        } catch (FailsafeException wrapped) {
            throw translate(wrapped.getCause() == null ? wrapped : wrapped.getCause());
        } catch (RuntimeException failure) {
            throw translate(failure);
        }
    }

    private RuntimeException translate(Throwable failure) {
        if (TransientFailures.isTransient(failure)) {
            return new DatabaseUnavailableException(settings, failure);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        IllegalStateException failed = new IllegalStateException("database operation failed on "
                + settings.location() + ": " + TransientFailures.rootCause(failure));
        failed.addSuppressed(failure);
        return failed;
    }

    private static RetryPolicy<Object> policy(DatabaseSettings settings, AtomicLong retries) {
        Duration deadline = settings.retryDeadline();
        RetryPolicyBuilder<Object> builder = RetryPolicy.builder()
                .handleIf(TransientFailures::isTransient)
                .onRetryScheduled(event -> {
                    retries.incrementAndGet();
                    LOG.warn("PostgreSQL at {}: attempt {} failed, retrying in {} ms: {}", settings.location(),
                            event.getAttemptCount(), event.getDelay().toMillis(),
                            TransientFailures.rootCause(event.getLastException()));
                });
        Duration half = deadline.dividedBy(2);
        if (half.compareTo(FIRST_WAIT) <= 0) {
            // Too short to wait even once: one attempt, then the same clear failure.
            return builder.withMaxRetries(0).build();
        }
        return builder.withMaxRetries(-1)
                .withMaxDuration(deadline)
                .withBackoff(FIRST_WAIT, half.compareTo(LONGEST_WAIT) < 0 ? half : LONGEST_WAIT)
                .withJitter(0.25)
                .build();
    }
}
