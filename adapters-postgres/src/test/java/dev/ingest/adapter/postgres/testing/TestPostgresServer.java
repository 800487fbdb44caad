package dev.ingest.adapter.postgres.testing;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import java.nio.file.Path;

/**
 * The PostgreSQL server the tests of this JVM share, chosen once: {@code INGEST_TEST_JDBC_URL} if set (with
 * {@code INGEST_TEST_DB_USER}, default postgres, and {@code INGEST_TEST_DB_PASSWORD}); else a Testcontainers
 * {@code postgres:15} when a Docker engine answers; else an embedded PostgreSQL 15 under {@code target/}.
 */
public interface TestPostgresServer {

    /** Settings for a database of the given name on this server, as a user allowed to create databases. */
    DatabaseSettings settings(String database);

    /** How this server was chosen, for the test log. */
    String description();

    static TestPostgresServer shared() {
        return Holder.SERVER;
    }

    final class Holder {
        private static final TestPostgresServer SERVER = choose();

        private Holder() {
        }

        private static TestPostgresServer choose() {
            String url = System.getenv("INGEST_TEST_JDBC_URL");
            if (url != null && !url.isBlank()) {
                String user = System.getenv().getOrDefault("INGEST_TEST_DB_USER", "postgres");
                String password = System.getenv().getOrDefault("INGEST_TEST_DB_PASSWORD", "");
                DatabaseSettings given = new DatabaseSettings(url, user, password, DatabaseSettings.DEFAULT_RETRY_DEADLINE);
                return describe(given::withDatabase, "server from INGEST_TEST_JDBC_URL at " + given.location());
            }
            // Modules that reuse this test-jar need not have Testcontainers: look before touching ContainerServer.
            if (onClasspath("org.testcontainers.DockerClientFactory") && ContainerServer.dockerAvailable()) {
                return ContainerServer.start();
            }
            EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(Path.of("target", "embedded-postgres"));
            return describe(embedded::settings, "embedded PostgreSQL on port " + embedded.port());
        }

        private static boolean onClasspath(String className) {
            try {
                Class.forName(className, false, Holder.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException absent) {
                return false;
            }
        }

        private static TestPostgresServer describe(java.util.function.Function<String, DatabaseSettings> settings,
                String description) {
            return new TestPostgresServer() {
                @Override
                public DatabaseSettings settings(String database) {
                    return settings.apply(database);
                }

                @Override
                public String description() {
                    return description;
                }
            };
        }
    }
}
