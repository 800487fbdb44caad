package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ingest dashboard} as a process of its own on a free port, over a real database: every report endpoint
 * answers exactly what {@code ingest report --format json} prints for the same filters, the health endpoint reads the
 * ledger, and bad requests and writes are refused.
 */
class DashboardCliIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    // Decimals kept as written, so that 10.00 and 10.0 differ.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @TempDir
    static Path folder;

    private static DashboardProcess dashboard;

    @BeforeAll
    static void startOnStoredEvents() throws Exception {
        try (Connection connection = DATABASE.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO user_events (event_id, user_id,"
                        + " product_id, product_name, category, price, event_type, event_timestamp)"
                        + " VALUES (?, ?, ?, ?, ?, ?::numeric, ?, ?::timestamp)")) {
            String[][] events = {
                {"e1", "u1", "p1", "Lamp", "Home", "10.00", "view", "2024-03-01 09:10"},
                {"e2", "u1", "p1", "Lamp", "Home", "10.00", "add_to_cart", "2024-03-01 09:15"},
                {"e3", "u1", "p1", "Lamp", "Home", "10.00", "purchase", "2024-03-01 09:20"},
                {"e4", "u2", "p2", "Desk, oak", "Home", "199.99", "purchase", "2024-03-01 10:05"},
                {"e5", "u3", "p3", "Phone", "Tech", "333.33", "view", "2024-03-01 10:30"},
                {"e6", "u3", "p3", "Phone", "Tech", "333.33", "purchase", "2024-03-01 11:45"},
            };
            for (String[] event : events) {
                for (int i = 0; i < event.length; i++) {
                    insert.setString(i + 1, event[i]);
                }
                insert.executeUpdate();
            }
        }
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO ingestion_batches VALUES ('s-1', 0, 7, 6, 0, 1, 'INVALID_PRICE=1',"
                    + " '2024-03-01 12:00:00+00', '2024-03-01 12:00:04+00')");
            statement.execute("INSERT INTO ingested_files (stream_id, batch_id, source_file, records, landed_at)"
                    + " VALUES ('s-1', 0, 'file:/in/a.csv', 7, '2024-03-01 11:59:58+00')");
        }
        dashboard = DashboardProcess.start(folder, Duration.ofSeconds(60),
                CliRun.against(DATABASE.settings(), "dashboard", "--port", "0"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void listens_on_the_loopback_address_by_default_and_says_where() {
        assertThat(dashboard.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "summary|",
        "summary|--category Home",
        "hourly|",
        "hourly|--from 2024-03-01T10:00 --limit 2",
        "funnel|",
        "funnel|--from 2024-03-01T09:00:00Z --to 2024-03-01T10:00:00Z",
        "top-products|",
        "top-products|--limit 1 --category Home",
        "recent|",
        "recent|--limit 3 --to 2024-03-01T11:00"})
    void every_report_endpoint_answers_exactly_what_report_prints_as_json(String report, String filters)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of("report", report, "--format", "json"));
        StringBuilder query = new StringBuilder();
        if (filters != null) {
            String[] words = filters.split(" ");
            for (int i = 0; i < words.length; i += 2) {
                arguments.add(words[i]);
                arguments.add(words[i + 1]);
                query.append(query.length() == 0 ? '?' : '&').append(words[i].substring(2)).append('=')
                        .append(words[i + 1]);
            }
        }
        CliRun printed = CliRun.of(CliRun.against(DATABASE.settings(), arguments.toArray(String[]::new)));

        HttpResponse<String> served = dashboard.get("api/" + report + query);

        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        ObjectNode expected = (ObjectNode) JSON.readTree(printed.out());
        ObjectNode answered = (ObjectNode) JSON.readTree(served.body());
        assertThat(expected.get("rows").size()).as("the data set gives every report rows").isPositive();
        // The dashboard's own catch-up may have run since the report's: the same events, a later time.
        Instant printedAsOf = Instant.parse(expected.get("exact_as_of").asText());
        Instant servedAsOf = Instant.parse(answered.get("exact_as_of").asText());
        assertThat(servedAsOf).isAfterOrEqualTo(printedAsOf);
        expected.put("exact_as_of", servedAsOf.toString());
        assertThat(answered).isEqualTo(expected);
        // Byte for byte too, but for the CLI's pretty-printing.
        assertThat(served.body()).isEqualTo(JSON.writeValueAsString(expected));
    }

    @Test
    void the_health_endpoint_reads_the_ledger_and_the_files_latency() throws Exception {
        HttpResponse<String> served = dashboard.get("api/health");

        assertThat(served.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(served.body());
        assertThat(health.get("per_minute")).hasSize(1);
        assertThat(health.get("per_minute").get(0).toString())
                .isEqualTo("{\"minute\":\"2024-03-01T12:00:00Z\",\"stored\":6,\"duplicates\":0,\"quarantined\":1}");
        assertThat(health.get("quarantined_by_reason").toString()).isEqualTo("{\"INVALID_PRICE\":1}");
        JsonNode batch = health.get("batches").get(0);
        assertThat(batch.get("duration_seconds").decimalValue()).isEqualByComparingTo("4");
        assertThat(batch.get("latency_p50_seconds").decimalValue()).isEqualByComparingTo("6");
        JsonNode stream = health.get("streams").get(0);
        assertThat(stream.get("stream_id").asText()).isEqualTo("s-1");
        assertThat(stream.get("last_batch_id").asLong()).isZero();
        assertThat(stream.get("seconds_since_last_batch").asDouble()).isPositive();
        assertThat(stream.get("backlog_files").isNull()).isTrue();
    }

    @Test
    void bad_parameters_get_a_400_with_a_one_line_reason() throws Exception {
        HttpResponse<String> served = dashboard.get("api/summary?from=2024-13-01");

        assertThat(served.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(served.body()).get("error").asText())
                .isEqualTo("from: '2024-13-01' is not a time; use yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601 like "
                        + "2024-03-01T10:15:00Z");
    }

    @Test
    void nothing_writes_a_post_gets_a_405() throws Exception {
        HttpResponse<String> served = dashboard.send(HttpRequest.newBuilder(dashboard.url().resolve("api/summary"))
                .POST(HttpRequest.BodyPublishers.ofString("[]")));

        assertThat(served.statusCode()).isEqualTo(405);
        assertThat(served.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void the_page_and_its_chart_library_come_from_the_jar() throws Exception {
        assertThat(dashboard.get("").body()).contains("<title>ingest dashboard</title>");
        assertThat(dashboard.get("vendor/chart.umd.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void another_address_than_loopback_is_served_with_a_warning() throws Exception {
        try (DashboardProcess open = DashboardProcess.start(Files.createDirectories(folder.resolve("open")), Duration.ofSeconds(60),
                CliRun.against(DATABASE.settings(), "dashboard", "--port", "0", "--host", "0.0.0.0"))) {
            assertThat(open.jvm().errSoFar().lines().filter(line -> line.startsWith("WARN")))
                    .singleElement().satisfies(line -> assertThat(line).contains("without authentication"));
            assertThat(dashboard.jvm().errSoFar()).doesNotContain("without authentication");
        }
    }

    @Test
    void a_port_that_is_not_a_port_is_a_usage_error() throws Exception {
        CliRun run = ChildJvm.start(folder, "bad-port", "dashboard", "--port", "70000").await(60);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).isEqualTo("error: --port must be 0..65535, was 70000"));
    }
}
