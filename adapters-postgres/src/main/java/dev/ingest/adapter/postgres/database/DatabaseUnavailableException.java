package dev.ingest.adapter.postgres.database;

/**
 * PostgreSQL stayed unreachable past the retry deadline; the message is one line naming the server and the cause.
 * The last failure is attached as suppressed rather than as the cause, so that error reporters that show the deepest
 * cause's message show this one, which names the server.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(DatabaseSettings settings, Throwable lastFailure) {
        super("PostgreSQL at " + settings.location() + " unavailable for more than " + describe(settings)
                + ": " + TransientFailures.rootCause(lastFailure));
        addSuppressed(lastFailure);
    }

    private static String describe(DatabaseSettings settings) {
        long millis = settings.retryDeadline().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
