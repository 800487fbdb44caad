package dev.ingest.adapter.web;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryIngestionHealth;
import dev.ingest.application.fake.InMemoryReports;
import dev.ingest.application.health.usecase.ShowIngestionHealthService;
import dev.ingest.application.report.port.in.RunReportUseCase;
import dev.ingest.application.report.usecase.RunReportService;
import dev.ingest.domain.event.EventType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's HTTP surface on a real server over the in-memory fakes: answers, refusals and failures. */
class DashboardServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private DashboardServer server;

    @BeforeEach
    void start() {
        InMemoryReports reports = new InMemoryReports(List.of(
                anEvent().withEventId("e1").withUserId("u1").withPrice("10.50").withEventType(EventType.VIEW)
                        .withEventTime(LocalDateTime.parse("2024-03-01T09:10:00")).build(),
                anEvent().withEventId("e2").withUserId("u2").withPrice("20.00").withEventType(EventType.PURCHASE)
                        .withEventTime(LocalDateTime.parse("2024-03-01T10:20:00")).build()));
        RunReportUseCase service = new RunReportService(reports);
        RunReportUseCase flaky = command -> {
            if (databaseDown.get()) {
                throw new IllegalStateException("PostgreSQL at localhost:1/x unavailable for more than 2 s\nsecond line");
            }
            return service.run(command);
        };
        server = DashboardServer.start(new InetSocketAddress("127.0.0.1", 0), flaky,
                new ShowIngestionHealthService(new InMemoryIngestionHealth(new InMemoryBatchCommitter()),
                        Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listens_on_the_loopback_address_it_was_given() {
        assertThat(server.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
    }

    @Test
    void a_report_endpoint_answers_the_report_s_rows_as_json_with_plain_decimals() throws Exception {
        HttpResponse<String> response = get("api/summary");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Exchanges.JSON);
        assertThat(response.body()).isEqualTo("{\"exact_as_of\":\"2024-03-01T12:00:00Z\",\"rows\":[{\"event_type\":\"purchase\",\"total_events\":1,\"unique_users\":1,"
                + "\"avg_price\":20.00,\"total_value\":20.00},{\"event_type\":\"view\",\"total_events\":1,"
                + "\"unique_users\":1,\"avg_price\":10.50,\"total_value\":10.50}]}");
    }

    @Test
    void filters_in_the_query_reach_the_report() throws Exception {
        JsonNode rows = JSON.readTree(get("api/recent?from=2024-03-01%2010:00&limit=5").body()).get("rows");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("event_id").asText()).isEqualTo("e2");
        assertThat(rows.get(0).get("event_time").asText()).isEqualTo("2024-03-01T10:20:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/summary", "api/hourly", "api/funnel", "api/top-products", "api/recent", "api/health"})
    void every_endpoint_answers_json(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).isContainerNode()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "api/summary?from=yesterday|from: 'yesterday' is not a time",
        "api/summary?from=2024-03-02&to=2024-03-01|from must be before to",
        "api/hourly?category=Home|the hourly report does not take a category",
        "api/top-products?limit=0|limit must be at least 1",
        "api/top-products?limit=ten|limit: 'ten' is not a whole number",
        "api/recent?colour=red|unknown parameter 'colour'",
        "api/recent?limit=1&limit=2|parameter 'limit' is given more than once",
        "api/health?category=Home|unknown parameter 'category'"})
    void bad_parameters_get_a_400_with_a_one_line_reason(String path, String reason) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        String error = JSON.readTree(response.body()).get("error").asText();
        assertThat(error).contains(reason).doesNotContain("\n");
    }

    @Test
    void an_unknown_endpoint_is_a_404() throws Exception {
        HttpResponse<String> response = get("api/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("no such endpoint: /api/nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void nothing_writes_other_methods_get_a_405(String method) throws Exception {
        for (String path : List.of("api/summary", "api/health", "")) {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.url().resolve(path))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(method + " /" + path).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    @Test
    void head_answers_the_headers_only() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.url().resolve("api/summary"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void a_failing_database_is_a_503_with_its_first_line_and_the_next_request_recovers() throws Exception {
        databaseDown.set(true);
        HttpResponse<String> down = get("api/summary");
        databaseDown.set(false);
        HttpResponse<String> back = get("api/summary");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(down.body()).get("error").asText())
                .isEqualTo("PostgreSQL at localhost:1/x unavailable for more than 2 s");
        assertThat(back.statusCode()).isEqualTo(200);
    }

    @Test
    void serves_the_page_its_script_and_chart_js_with_its_date_adapter_from_the_classpath_and_nothing_else() throws Exception {
        assertThat(get("").body()).contains("<canvas id=\"chart-hourly\"", "/vendor/chart.umd.min.js",
                "/vendor/luxon.min.js", "/vendor/chartjs-adapter-luxon.umd.min.js");
        assertThat(get("dashboard.js").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        assertThat(get("vendor/chart.umd.min.js").body()).contains("Chart.js v4.");
        assertThat(get("vendor/luxon.min.js").body()).contains("var luxon=");
        assertThat(get("vendor/chartjs-adapter-luxon.umd.min.js").body()).contains("chartjs-adapter-luxon");
        assertThat(get("dashboard.css").statusCode()).isEqualTo(200);
        assertThat(get("pom.xml").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
