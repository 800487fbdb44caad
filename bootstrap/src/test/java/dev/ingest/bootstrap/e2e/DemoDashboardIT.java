package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --dashboard}: the dashboard comes up with the demo, shows the stream's batches and the backlog it
 * posted, and stays up after the account until the process is stopped.
 */
class DemoDashboardIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void the_dashboard_shows_the_demo_s_stream_and_stays_up_after_the_account() throws Exception {
        try (DashboardProcess demo = DashboardProcess.start(folder, Duration.ofSeconds(90),
                CliRun.against(DATABASE.settings(), "demo", "--dashboard", "--dashboard-port", "0", "--duration", "3",
                        "--events-per-second", "100", "--no-ui", "--master", "local[2]",
                        "--work-dir", folder.resolve("demo").toString(),
                        "--metrics-log", folder.resolve("metrics.jsonl").toString()))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!demo.jvm().outSoFar().contains("stays up until Ctrl-C") && System.nanoTime() < deadline) {
                assertThat(demo.jvm().alive()).as(demo.jvm().errSoFar()).isTrue();
                Thread.sleep(250);
            }
            String out = demo.jvm().outSoFar();

            assertThat(out).contains("Every record is accounted for.");
            assertThat(out.strip().lines().reduce((first, second) -> second))
                    .hasValue("Dashboard:   " + demo.url() + " stays up until Ctrl-C");
            JsonNode health = JSON.readTree(demo.get("api/health").body());
            assertThat(health.get("batches").size()).isPositive();
            JsonNode stream = health.get("streams").get(0);
            assertThat(stream.get("last_batch_id").isNumber()).isTrue();
            assertThat(stream.get("backlog_files").isNumber()).as("the stream posted its backlog").isTrue();
            assertThat(JSON.readTree(demo.get("api/summary").body()).get("rows").size()).isPositive();
            Thread.sleep(1000);
            assertThat(demo.jvm().alive()).as("still serving after the account").isTrue();
        }
    }
}
