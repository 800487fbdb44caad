package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.postgres.database.ConnectionPools;
import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import dev.ingest.adapter.postgres.database.MigrationReport;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import dev.ingest.adapter.postgres.database.PostgresUrl;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The database a command talks to, resolved from flags, then the seed's environment variables, then the embedded
 * default (started on demand; stopped by {@link #close()} or at JVM exit). Credentials written into the JDBC URL are
 * taken out of it and rank between the flags and the environment.
 */
public final class Database implements AutoCloseable {

    static final String DEFAULT_DATABASE = "ecommerce_events";
    static final String DEFAULT_USER = "postgres";
    static final int DEFAULT_PORT = 5432;

    private final DatabaseSettings settings;
    private final EmbeddedPostgresServer embedded;

    private Database(DatabaseSettings settings, EmbeddedPostgresServer embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    public static Database open(DatabaseChoice options, Map<String, String> env) {
        return open(options, env, DatabaseSettings.DEFAULT_RETRY_DEADLINE);
    }

    public static Database open(DatabaseChoice options, Map<String, String> env, Duration retryDeadline) {
        Optional<PostgresUrl> url = first(options.jdbcUrl()).map(PostgresUrl::parse);
        String user = first(options.user(), url.flatMap(PostgresUrl::user).orElse(null), env.get("POSTGRES_USER"))
                .orElse(DEFAULT_USER);
        String password = first(options.password(), url.flatMap(PostgresUrl::password).orElse(null),
                env.get("POSTGRES_PASSWORD")).orElse("");
        String database = first(env.get("POSTGRES_DB")).orElse(DEFAULT_DATABASE);
        if (url.isPresent()) {
            return new Database(new DatabaseSettings(url.get().withoutCredentials(), user, password, retryDeadline),
                    null);
        }
        Optional<String> host = first(env.get("POSTGRES_HOST"));
        if (host.isPresent()) {
            int port = first(env.get("POSTGRES_PORT")).map(Database::port).orElse(DEFAULT_PORT);
            return new Database(DatabaseSettings.of(host.get(), port, database, user, password)
                    .withRetryDeadline(retryDeadline), null);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(options.embeddedDirectory());
        return new Database(server.settings(database).withRetryDeadline(retryDeadline), server);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Creates the database if it is missing and the user may, and applies the pending migrations. */
    public MigrationReport migrate() {
        return PostgresSchema.migrate(settings);
    }

    /** Whether this is the embedded PostgreSQL rather than a configured server. */
    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        ConnectionPools.close(settings);
        if (embedded != null) {
            embedded.close();
        }
    }

    private static Optional<String> first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return Optional.of(candidate.strip());
            }
        }
        return Optional.empty();
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("POSTGRES_PORT must be a port number, was '" + text + "'");
        }
    }
}
