package dev.ingest.adapter.postgres.database;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * How to reach the database and how long to ride out its outages. Serializable because the partition writers ship it
 * to Spark executors; the password is kept out of {@link #toString()} so that it never reaches a log line, and a URL
 * naming a user or password before its host is refused ({@link PostgresUrl} takes them out of one), so that naming the
 * server never shows them.
 *
 * @param retryDeadline how long transient failures (connection lost, server restarting) are retried before giving up
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, Duration retryDeadline)
        implements Serializable {

    public static final Duration DEFAULT_RETRY_DEADLINE = Duration.ofMinutes(2);

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        Objects.requireNonNull(retryDeadline, "retryDeadline");
        if (PostgresUrl.hasUserInfo(jdbcUrl)) {
            throw new IllegalArgumentException("the JDBC URL " + PostgresUrl.shown(jdbcUrl)
                    + " names a user or password before its host; give them as the user and password instead");
        }
        if (Driver.parseURL(jdbcUrl, null) == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + PostgresUrl.shown(jdbcUrl));
        }
        if (retryDeadline.isNegative()) {
            throw new IllegalArgumentException("retryDeadline must not be negative, was " + retryDeadline);
        }
    }

    /** Settings for {@code jdbc:postgresql://host:port/database} with the default retry deadline. */
    public static DatabaseSettings of(String host, int port, String database, String user, String password) {
        return new DatabaseSettings("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password,
                DEFAULT_RETRY_DEADLINE);
    }

    public DatabaseSettings withRetryDeadline(Duration deadline) {
        return new DatabaseSettings(jdbcUrl, user, password, deadline);
    }

    /** The same server and credentials, another database on it (used to create the target database). */
    public DatabaseSettings withDatabase(String database) {
        int hostStart = jdbcUrl.indexOf("//") + 2;
        int pathStart = jdbcUrl.indexOf('/', hostStart);
        int queryStart = jdbcUrl.indexOf('?', hostStart);
        String serverPart = pathStart < 0 || (queryStart >= 0 && queryStart < pathStart)
                ? jdbcUrl.substring(0, queryStart < 0 ? jdbcUrl.length() : queryStart)
                : jdbcUrl.substring(0, pathStart);
        String query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
        return new DatabaseSettings(serverPart + "/" + database + query, user, password, retryDeadline);
    }

    public String host() {
        return property("PGHOST");
    }

    public String port() {
        return property("PGPORT");
    }

    public String database() {
        return property("PGDBNAME");
    }

    /** {@code host:port/database}, for messages: names the server without any credential. */
    public String location() {
        return host() + ":" + port() + "/" + database();
    }

    private String property(String key) {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        return parsed == null ? "" : parsed.getProperty(key, "");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + PostgresUrl.shown(jdbcUrl) + ", user=" + user + ", retryDeadline="
                + retryDeadline + "]";
    }
}
