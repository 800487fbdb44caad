package dev.ingest.adapter.postgres.database;

/** PostgreSQL stayed unreachable past the retry deadline; the message is one line naming the server and the cause. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(DatabaseSettings settings, Throwable lastFailure) {
        super("PostgreSQL at " + settings.location() + " unavailable for more than " + describe(settings)
                + ": " + TransientFailures.rootCause(lastFailure), lastFailure);
    }

    private static String describe(DatabaseSettings settings) {
        long millis = settings.retryDeadline().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
