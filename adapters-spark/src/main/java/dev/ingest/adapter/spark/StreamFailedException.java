package dev.ingest.adapter.spark;

/**
 * The stream stopped on an error. The cause is the failure itself, with Spark's wrappers peeled off; the message is
 * that of the innermost cause, short enough for a one-line report.
 */
public final class StreamFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StreamFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    static StreamFailedException from(Throwable failure) {
        Throwable cause = firstOutsideSpark(failure);
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName()
                : root.getMessage().strip().lines().findFirst().orElseThrow();
        return new StreamFailedException(message, cause);
    }

    private static Throwable firstOutsideSpark(Throwable failure) {
        Throwable current = failure;
        while (current.getClass().getName().startsWith("org.apache.spark.") && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
