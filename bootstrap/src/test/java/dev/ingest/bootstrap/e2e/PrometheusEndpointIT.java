package dev.ingest.bootstrap.e2e;

import static dev.ingest.bootstrap.testing.LandedEventFiles.land;
import static dev.ingest.bootstrap.testing.LandedEventFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.wiring.BuildVersion;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code stream --metrics-port} process over a few files: its {@code /metrics} counts what the ledger holds,
 * record for record and reason for reason, and shows the landing folder's backlog, beside the driver JVM's and process's
 * families and the build's version.
 */
class PrometheusEndpointIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String INVALID_PRICE = "bad-1,user-1,product-1,Desk lamp,Home & Kitchen,free,view,"
            + "2024-03-01 12:00:00";
    private static final String NO_USER = "bad-2,,product-1,Desk lamp,Home & Kitchen,9.99,view,2024-03-01 12:00:00";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path folder;

    @Test
    void the_endpoint_counts_what_the_ledger_holds_and_shows_the_backlog() throws Exception {
        Path input = folder.resolve("raw");
        land(input, "a.csv", valid("a-1"), valid("a-2"), valid("a-3"));
        land(input, "b.csv", valid("a-1"), valid("b-1"), INVALID_PRICE);
        land(input, "c.csv", valid("c-1"), NO_USER, INVALID_PRICE.replace("bad-1", "bad-3"));
        land(input, "d.csv", valid("d-1"));
        int port = freePort();
        // One file per batch, so that the source still has files waiting after its first batch.
        ChildJvm stream = ChildJvm.start(folder, "stream", CliRun.against(DATABASE.settings(), "stream",
                "--input", input.toString(), "--error-dir", folder.resolve("error").toString(),
                "--checkpoint", folder.resolve("checkpoint").toString(),
                "--metrics-log", folder.resolve("metrics.jsonl").toString(), "--max-files-per-trigger", "1",
                "--no-ui", "--master", "local[2]", "--metrics-port", Integer.toString(port)));
        try {
            String scraped = scrapeUntil(port, text -> value(text, "ingest_batches_total").orElse(0) >= 4
                    && value(text, "ingest_backlog_files").isPresent());
            land(input, "e.csv", valid("e-1"), valid("a-2"));
            scraped = scrapeUntil(port, text -> value(text, "ingest_batches_total").orElse(0) >= 5);

            LedgerTable.Totals ledger = LedgerTable.totals(DATABASE.dsl());
            assertThat(ledger.batches()).isEqualTo(5);
            assertThat(value(scraped, "ingest_records_total{outcome=\"stored\"}")).hasValue(ledger.stored());
            assertThat(value(scraped, "ingest_records_total{outcome=\"duplicate\"}")).hasValue(ledger.duplicates());
            assertThat(value(scraped, "ingest_records_total{outcome=\"quarantined\"}")).hasValue(ledger.quarantined());
            assertThat(ledger.stored()).isEqualTo(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(7);
            assertThat(ledger.duplicates()).isEqualTo(2);
            assertThat(ledger.quarantined()).isEqualTo(3);
            assertThat(value(scraped, "ingest_batches_total")).hasValue(ledger.batches());
            assertThat(quarantinedByReason(scraped)).isEqualTo(ledgerReasons()).isNotEmpty();
            assertThat(value(scraped, "ingest_landing_to_commit_seconds_count")).hasValue(5);
            assertThat(value(scraped, "ingest_batch_duration_seconds_count")).hasValue(5);
            assertThat(value(scraped, "ingest_database_retries_total")).hasValue(0);
            assertThat(value(scraped, "ingest_backlog_files")).as("every file taken").hasValue(0);
            assertThat(value(scraped, "ingest_backlog_bytes")).hasValue(0);
            assertThat(value(scraped, "ingest_build_info{version=\"" + BuildVersion.current() + "\"}")).hasValue(1);
            assertThat(scraped).contains("jvm_memory_used_bytes{area=\"heap\"", "jvm_threads_live_threads ",
                    "jvm_classes_loaded_classes ", "process_cpu_seconds_total ", "process_files_open_files ",
                    "process_uptime_seconds ");
        } finally {
            CliRun run = stream.stop(60);
            assertThat(run.out()).contains("Prometheus metrics at http://127.0.0.1:" + port + "/metrics");
        }
    }

    @Test
    void a_metrics_port_out_of_range_is_bad_usage_found_before_connecting() {
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/ecommerce_events", "ingest", "",
                Duration.ofSeconds(1));

        CliRun run = CliRun.of(CliRun.against(nowhere, "stream", "--input", folder.resolve("raw").toString(),
                "--no-ui", "--metrics-port", "70000"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --metrics-port must be between 1 and 65535, was 70000");
    }

    @Test
    void a_metrics_port_in_use_fails_in_one_line_before_spark_starts() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of(CliRun.against(DATABASE.settings(), "stream",
                    "--input", folder.resolve("raw").toString(), "--checkpoint", folder.resolve("cp").toString(),
                    "--no-ui", "--master", "local[1]", "--metrics-port", Integer.toString(taken.getLocalPort())));

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).startsWith("error: cannot serve metrics on 127.0.0.1:" + taken.getLocalPort() + ": ")
                    .doesNotContain("\tat ");
        }
    }

    private Map<String, Double> ledgerReasons() {
        Map<String, Double> reasons = new TreeMap<>();
        LedgerTable.all(DATABASE.dsl()).forEach(row -> row.reasons()
                .forEach((reason, count) -> reasons.merge(reason, (double) count, Double::sum)));
        return reasons;
    }

    private static Map<String, Double> quarantinedByReason(String scraped) {
        Map<String, Double> reasons = new TreeMap<>();
        String prefix = "ingest_quarantined_total{reason=\"";
        scraped.lines().filter(line -> line.startsWith(prefix)).forEach(line -> {
            String reason = line.substring(prefix.length(), line.indexOf('"', prefix.length()));
            reasons.put(reason, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
        });
        return reasons;
    }

    /** The sample of the series named exactly so (labels included), if the scrape has it. */
    private static OptionalDouble value(String scraped, String series) {
        return scraped.lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .findFirst();
    }

    private String scrapeUntil(int port, java.util.function.Predicate<String> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                last = response.body();
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // The endpoint starts with the stream, after its migration check.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the metrics never got there; last scrape:\n" + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
