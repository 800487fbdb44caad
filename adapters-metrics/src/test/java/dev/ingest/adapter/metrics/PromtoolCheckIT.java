package dev.ingest.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.testing.MachineTools;
import dev.ingest.domain.health.StreamProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prometheus' own linter ({@code promtool check metrics}, Debian's {@code prometheus} package) over a real scrape of
 * the endpoint, every family present: the pipeline's, the JVM's and the process's, and the build's version. Without
 * promtool the test is skipped, except under {@code CI=true}, where it fails.
 */
class PromtoolCheckIT {

    private static final Path PROMTOOL = Path.of(System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool"));

    @BeforeAll
    static void promtoolIsInstalled() {
        MachineTools.assumeInstalled("PromtoolCheckIT", Files.isExecutable(PROMTOOL) ? Optional.empty()
                : Optional.of("no promtool at " + PROMTOOL + " (apt-get install prometheus)"));
    }

    @Test
    void a_scrape_with_every_family_passes_promtool_check_metrics() throws Exception {
        String scraped;
        try (PrometheusMetrics metrics = PrometheusMetrics.serve(new InetSocketAddress("127.0.0.1", 0), "0.1.0")) {
            metrics.metricsLog().record(RecordedBatches.committed());
            metrics.progressBoard().post(new StreamProgress("files", Instant.now(), 4, 1024, OptionalLong.empty()));
            metrics.progressBoard().post(new StreamProgress("kafka", Instant.now(), 0, 0, OptionalLong.of(70)));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + metrics.address().getPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            scraped = response.body();
        }
        assertThat(scraped).contains("ingest_records_total{", "ingest_quarantined_total{", "ingest_backlog_files ",
                "ingest_kafka_lag_records ", "ingest_landing_to_commit_seconds_bucket{", "ingest_build_info{",
                "jvm_memory_used_bytes{", "jvm_threads_live_threads ", "process_cpu_usage ", "process_files_open_files ");

        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = promtool.getOutputStream()) {
            in.write(scraped.getBytes(StandardCharsets.UTF_8));
        }
        String said = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(said).as("promtool's findings").isEmpty();
        assertThat(promtool.waitFor()).isZero();
    }
}
