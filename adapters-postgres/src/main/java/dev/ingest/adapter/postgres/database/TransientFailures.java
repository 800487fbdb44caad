package dev.ingest.adapter.postgres.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.sql.SQLException;

/**
 * Tells failures worth retrying (the server is away, restarting, overloaded, or a transaction lost a serialization
 * race or a deadlock) from data errors, which would fail the same way every time.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLState classes 08 (connection exception), 53 (insufficient resources, e.g. too many connections), 57P
     * (operator intervention: admin shutdown, crash shutdown, cannot connect now), 40001 (serialization failure) and
     * 40P01 (deadlock detected: two partitions of a batch waiting on each other's event ids).
     */
    static boolean isTransientState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57P")
                || sqlState.equals("40001") || sqlState.equals("40P01"));
    }

    /** The innermost message of a failure, on one line, for the give-up message. */
    public static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
