package dev.ingest.adapter.postgres.testing;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A {@code postgres:15} container; only touched when Testcontainers is on the classpath and Docker answers. */
final class ContainerServer implements TestPostgresServer {

    private final PostgreSQLContainer container;

    private ContainerServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static ContainerServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
        container.start();
        return new ContainerServer(container);
    }

    @Override
    public DatabaseSettings settings(String database) {
        return DatabaseSettings.of(container.getHost(), container.getMappedPort(5432), database,
                container.getUsername(), container.getPassword());
    }

    @Override
    public String description() {
        return "Testcontainers postgres:15 on port " + container.getMappedPort(5432);
    }
}
