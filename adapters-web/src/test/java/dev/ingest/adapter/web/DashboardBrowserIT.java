package dev.ingest.adapter.web;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.adapter.postgres.PostgresBatchCommitter;
import dev.ingest.adapter.postgres.PostgresIngestionHealth;
import dev.ingest.adapter.postgres.PostgresProgressBoard;
import dev.ingest.adapter.postgres.report.PostgresReportCatchUp;
import dev.ingest.adapter.postgres.report.PostgresReports;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.health.usecase.ShowIngestionHealthService;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.report.usecase.RunReportService;
import dev.ingest.application.testing.MachineTools;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.health.StreamProgress;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard page in a real headless Chromium, over the real reports and ledger on PostgreSQL, with a hand-built
 * data set whose numbers are worked out below: the tables show exactly those numbers, the charts are drawn, a filter
 * changes both and the URL, and the health panel follows a batch committed while the page is open. Screenshots go to
 * {@code target/screenshots/}. Without Chromium the test is skipped, except under {@code CI=true}, where it fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String STREAM = "browser-stream";

    private static DashboardServer server;
    private static ChromeDriver browser;
    private static DashboardPage page;
    private static PostgresBatchCommitter store;
    private static Instant exactAsOf;

    @BeforeAll
    static void openThePageOverTheDataSet() throws IOException {
        MachineTools.assumeInstalled("DashboardBrowserIT", Chromium.missing());
        store = new PostgresBatchCommitter(DATABASE.settings(), Clock.systemUTC());
        storeTheDataSet();
        // What the stream's schedule does after a commit.
        exactAsOf = new PostgresReportCatchUp(DATABASE.settings()).catchUp();
        server = DashboardServer.start(new InetSocketAddress("127.0.0.1", 0),
                new RunReportService(new PostgresReports(DATABASE.settings())),
                new ShowIngestionHealthService(new PostgresIngestionHealth(DATABASE.settings()), Clock.systemUTC()));
        browser = Chromium.start(1400, 2600);
        page = new DashboardPage(browser);
        browser.get(server.url() + "?refresh=1");
        page.awaitRefreshes(1);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void the_tables_show_exactly_the_numbers_of_each_report() throws IOException {
        assertThat(page.rows("summary-table")).containsExactly(
                List.of("add_to_cart", "4", "4", "202.50", "810.00"),
                List.of("purchase", "4", "3", "130.00", "520.00"),
                List.of("view", "8", "6", "142.50", "1140.00"));
        assertThat(page.rows("hourly-table")).containsExactly(
                List.of("2024-03-01 12:00:00", "view", "2", "2", "20.00"),
                List.of("2024-03-01 11:00:00", "purchase", "4", "3", "520.00"),
                List.of("2024-03-01 10:00:00", "add_to_cart", "4", "4", "810.00"),
                List.of("2024-03-01 09:00:00", "view", "6", "6", "1120.00"));
        assertThat(page.rows("funnel-table")).containsExactly(
                List.of("ALL", "6", "4", "3", "66.67", "75.00", "50.00"),
                List.of("Home", "3", "2", "2", "66.67", "100.00", "66.67"),
                List.of("Tech", "3", "2", "1", "66.67", "50.00", "33.33"));
        assertThat(page.rows("top-table")).containsExactly(
                List.of("p3", "Phone", "Tech", "1", "300.00"),
                List.of("p2", "Desk, oak", "Home", "1", "200.00"),
                List.of("p1", "Lamp", "Home", "2", "20.00"));
        assertThat(page.rows("recent-table")).hasSize(16).first()
                .isEqualTo(List.of("2024-03-01 12:05:00", "view", "v8", "u2", "p1", "Lamp", "Home", "10.00"));
        assertThat(page.rows("streams-table")).singleElement()
                .satisfies(row -> assertThat(row.subList(0, 2)).containsExactly(STREAM, "0"));
        assertThat(page.rows("throughput-table")).as("records per minute of commit").singleElement()
                .satisfies(minute -> assertThat(minute.subList(1, 4)).containsExactly("16", "0", "0"));
        assertThat(page.rows("reasons-table")).isEmpty();
        assertThat(page.rows("timings-table")).singleElement()
                .satisfies(batch -> assertThat(batch.subList(0, 2)).containsExactly(STREAM, "0"));
        assertThat(page.headers("hourly-table"))
                .containsExactly("event_hour", "event_type", "event_count", "unique_users", "total_value");
        assertThat(page.headers("reasons-table")).containsExactly("reason", "records");
        assertThat(browser.findElement(By.id("banner")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("exact-as-of")).getText()).isEqualTo("reports exact as of "
                + exactAsOf.toString().replace('T', ' ').substring(0, 19) + " UTC");
        page.screenshot("dashboard-reports.png");
    }

    @Test
    @Order(2)
    void every_chart_is_drawn() {
        for (String chart : List.of("chart-hourly", "chart-funnel", "chart-top", "chart-throughput", "chart-reasons",
                "chart-timings")) {
            assertThat(page.paintedPixels(chart)).as(chart + " painted").isGreaterThan(500);
        }
        assertThat(page.chart("chart-hourly", "data.datasets.length")).isEqualTo(3L);
        assertThat(page.chart("chart-hourly", "data.datasets[0].data.length")).isEqualTo(4L);
    }

    @Test
    @Order(2)
    void time_axes_are_time_scales_labelled_in_utc_whatever_the_browsers_zone() {
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return new Date(Date.UTC(2024, 2, 1, 9)).getTimezoneOffset();")).as("UTC+05:30").isEqualTo(-330L);
        for (String chart : List.of("chart-hourly", "chart-throughput", "chart-timings")) {
            assertThat(page.chart(chart, "scales.x.type")).as(chart).isEqualTo("time");
        }
        // 09:00 to 12:00 UTC on 1 March: hours, as UTC shows them (14:30 to 17:30 in the browser's zone).
        assertThat(page.xTickLabels("chart-hourly")).contains("Mar 1 09:00", "Mar 1 12:00")
                .noneMatch(label -> label.contains(":30"));
    }

    @Test
    @Order(2)
    void the_filters_hint_at_their_format_rather_than_show_a_date() {
        assertThat(browser.findElement(By.id("filter-from")).getAttribute("placeholder")).isEqualTo("YYYY-MM-DD HH:MM");
        assertThat(browser.findElement(By.id("filter-to")).getAttribute("placeholder")).isEqualTo("YYYY-MM-DD");
    }

    @Test
    @Order(4)
    void a_category_filter_changes_the_numbers_the_charts_and_the_url() throws IOException {
        WebElement category = browser.findElement(By.id("filter-category"));
        category.clear();
        category.sendKeys("Tech");
        browser.findElement(By.id("apply")).click();

        new WebDriverWait(browser, DashboardPage.WAIT).until(shown -> page.rows("summary-table").size() == 3
                && page.rows("summary-table").get(0).get(1).equals("2"));
        assertThat(browser.getCurrentUrl()).contains("category=Tech").contains("refresh=1");
        assertThat(page.rows("summary-table")).containsExactly(
                List.of("add_to_cart", "2", "2", "300.00", "600.00"),
                List.of("purchase", "1", "1", "300.00", "300.00"),
                List.of("view", "3", "3", "300.00", "900.00"));
        assertThat(page.rows("top-table")).containsExactly(List.of("p3", "Phone", "Tech", "1", "300.00"));
        assertThat(page.rows("funnel-table")).containsExactly(List.of("Tech", "3", "2", "1", "66.67", "50.00", "33.33"));
        assertThat(page.chart("chart-top", "data.labels.length")).isEqualTo(1L);
        page.screenshot("dashboard-filtered.png");

        // The URL alone gives the view back: a shared link opens filtered.
        browser.get(browser.getCurrentUrl());
        page.awaitRefreshes(1);
        assertThat(browser.findElement(By.id("filter-category")).getAttribute("value")).isEqualTo("Tech");
        assertThat(page.rows("top-table")).hasSize(1);
    }

    @Test
    @Order(3)
    void the_health_panel_follows_a_batch_committed_while_the_page_is_open() throws IOException {
        int before = page.refreshes();
        commitQuarantinedOnlyBatch();
        new PostgresProgressBoard(DATABASE.settings())
                .post(new StreamProgress(STREAM, Instant.now(), 3, 4096, OptionalLong.empty()));

        new WebDriverWait(browser, DashboardPage.WAIT).until(shown -> page.rows("streams-table").get(0).get(1).equals("1"));
        assertThat(page.refreshes()).as("updated by polling, not by reloading").isGreaterThan(before);
        List<String> stream = page.rows("streams-table").get(0);
        assertThat(stream.get(4)).isEqualTo("3");
        assertThat(stream.get(5)).isEqualTo("4096");
        assertThat(stream.get(6)).isEqualTo("—");
        assertThat(page.chart("chart-reasons", "data.labels.join(',')")).isEqualTo("INVALID_PRICE");
        assertThat(page.rows("reasons-table")).containsExactly(List.of("INVALID_PRICE", "2"));
        assertThat(page.chart("chart-timings", "data.datasets[0].data.length")).isEqualTo(2L);
        assertThat(page.rows("timings-table")).extracting(batch -> batch.get(1)).containsExactly("0", "1");
        assertThat(page.rows("throughput-table")).as("the minutes' stored and quarantined add up to the batches'")
                .satisfies(minutes -> {
                    assertThat(minutes.stream().mapToLong(minute -> Long.parseLong(minute.get(1))).sum()).isEqualTo(16);
                    assertThat(minutes.stream().mapToLong(minute -> Long.parseLong(minute.get(3))).sum()).isEqualTo(2);
                });
        assertThat(page.rows("summary-table")).as("the reports stay as they were").hasSize(3)
                .first().isEqualTo(List.of("add_to_cart", "4", "4", "202.50", "810.00"));
        page.screenshot("dashboard.png");
    }

    @Test
    @Order(5)
    void an_unreachable_database_is_a_banner_that_goes_when_it_is_back() throws IOException {
        AtomicBoolean down = new AtomicBoolean(true);
        RunReportService reports = new RunReportService(new PostgresReports(DATABASE.settings()));
        try (DashboardServer flaky = DashboardServer.start(new InetSocketAddress("127.0.0.1", 0), command -> {
            if (down.get()) {
                throw new IllegalStateException("PostgreSQL at db.example:5432/events unavailable for more than 8 s");
            }
            return reports.run(command);
        }, new ShowIngestionHealthService(new PostgresIngestionHealth(DATABASE.settings()), Clock.systemUTC()))) {
            browser.get(flaky.url() + "?refresh=1");
            WebElement banner = browser.findElement(By.id("banner"));
            new WebDriverWait(browser, DashboardPage.WAIT).until(shown -> banner.isDisplayed());

            assertThat(banner.getText()).isEqualTo(
                    "Database unavailable (retrying): PostgreSQL at db.example:5432/events unavailable for more than 8 s");
            page.screenshot("dashboard-database-down.png");

            down.set(false);
            new WebDriverWait(browser, DashboardPage.WAIT).until(shown -> !banner.isDisplayed());
            assertThat(page.rows("summary-table")).hasSize(3);
        }
    }

    /**
     * Sixteen events through the real store, in one batch of one file, with these numbers: 8 views (6 users; 09:00
     * u1,u2 Lamp 10.00, u3 Desk 200.00, u4..u6 Phone 300.00; 12:00 u1, 12:05 u2 Lamp), 4 adds to cart at 10:00 (u1
     * Lamp, u3 Desk, u4 and u5 Phone), 4 purchases at 11:00 (u1 Lamp twice, u3 Desk, u4 Phone).
     */
    private static void storeTheDataSet() {
        List<Event> events = new ArrayList<>();
        events.add(event("v1", "u1", "p1", EventType.VIEW, "09:00"));
        events.add(event("v2", "u2", "p1", EventType.VIEW, "09:01"));
        events.add(event("v3", "u3", "p2", EventType.VIEW, "09:02"));
        events.add(event("v4", "u4", "p3", EventType.VIEW, "09:03"));
        events.add(event("v5", "u5", "p3", EventType.VIEW, "09:04"));
        events.add(event("v6", "u6", "p3", EventType.VIEW, "09:05"));
        events.add(event("v7", "u1", "p1", EventType.VIEW, "12:00"));
        events.add(event("v8", "u2", "p1", EventType.VIEW, "12:05"));
        events.add(event("c1", "u1", "p1", EventType.ADD_TO_CART, "10:00"));
        events.add(event("c2", "u3", "p2", EventType.ADD_TO_CART, "10:01"));
        events.add(event("c3", "u4", "p3", EventType.ADD_TO_CART, "10:02"));
        events.add(event("c4", "u5", "p3", EventType.ADD_TO_CART, "10:03"));
        events.add(event("b1", "u1", "p1", EventType.PURCHASE, "11:00"));
        events.add(event("b2", "u3", "p2", EventType.PURCHASE, "11:10"));
        events.add(event("b3", "u4", "p3", EventType.PURCHASE, "11:20"));
        events.add(event("b4", "u1", "p1", EventType.PURCHASE, "11:30"));
        BatchKey key = new BatchKey(STREAM, 0);
        String file = "file:/landing/events-0.csv";
        try (PartitionWriter writer = store.writers().open(key, 0)) {
            for (int i = 0; i < events.size(); i++) {
                writer.write(events.get(i), new Origin(file, i + 1));
            }
            var tallies = writer.commit(List.of(new UnitRead(SourceUnit.fromId(file), Instant.now().minusSeconds(3),
                    events.size(), 0)));
            store.commit(key, BatchTally.ofUnits(tallies, Map.of(), StageTimings.NONE), Instant.now().minusSeconds(1));
        }
    }

    /** A second batch whose two records were both quarantined: the reports stay as they are, the ledger moves on. */
    private static void commitQuarantinedOnlyBatch() {
        BatchKey key = new BatchKey(STREAM, 1);
        String file = "file:/landing/events-1.csv";
        try (PartitionWriter writer = store.writers().open(key, 0)) {
            var tallies = writer.commit(List.of(new UnitRead(SourceUnit.fromId(file), Instant.now().minusSeconds(2),
                    2, 2)));
            store.commit(key, BatchTally.ofUnits(tallies, Map.of(ReasonCode.INVALID_PRICE, 2L), StageTimings.NONE),
                    Instant.now().minusSeconds(1));
        }
    }

    private static Event event(String id, String user, String product, EventType type, String time) {
        String[] names = {"Lamp", "Desk, oak", "Phone"};
        String[] categories = {"Home", "Home", "Tech"};
        String[] prices = {"10.00", "200.00", "300.00"};
        int p = Integer.parseInt(product.substring(1)) - 1;
        return anEvent().withEventId(id).withUserId(user).withProductId(product).withProductName(names[p])
                .withCategory(categories[p]).withPrice(prices[p]).withEventType(type)
                .withEventTime(LocalDateTime.parse("2024-03-01T" + time + ":00")).build();
    }
}
