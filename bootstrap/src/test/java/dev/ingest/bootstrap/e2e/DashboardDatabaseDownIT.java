package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest dashboard} outlives its database: while PostgreSQL is down the API answers 503 with one line saying so
 * (the page shows it as a banner) and the page itself is still served; once it is back, the same process answers
 * again, without a restart.
 */
class DashboardDatabaseDownIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void an_unreachable_database_is_a_503_and_the_dashboard_recovers_when_it_is_back() throws Exception {
        Path data = folder.resolve("postgres");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
        DatabaseSettings settings = server.settings("dashboard_down");
        PostgresSchema.migrate(settings);
        try (DashboardProcess dashboard = DashboardProcess.start(Files.createDirectories(folder.resolve("run")),
                Duration.ofSeconds(60), CliRun.against(settings, "dashboard", "--port", "0"))) {
            assertThat(dashboard.get("api/summary").statusCode()).isEqualTo(200);

            server.close();
            HttpResponse<String> down = dashboard.get("api/summary");
            HttpResponse<String> page = dashboard.get("");

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(down.body()).get("error").asText())
                    .contains(settings.location()).doesNotContain("\n");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(dashboard.jvm().alive()).isTrue();

            server = EmbeddedPostgresServer.start(data);
            assertThat(server.port()).as("restarted on its port").isEqualTo(settings.port().isEmpty() ? -1
                    : Integer.parseInt(settings.port()));
            assertThat(statusWithin(dashboard, "api/health", Duration.ofSeconds(60))).isEqualTo(200);
            assertThat(dashboard.get("api/summary").statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
    }

    private static int statusWithin(DashboardProcess dashboard, String path, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int status;
        do {
            status = dashboard.get(path).statusCode();
            if (status == 200) {
                return status;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return status;
    }
}
