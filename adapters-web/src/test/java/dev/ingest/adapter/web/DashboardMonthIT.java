package dev.ingest.adapter.web;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.adapter.postgres.PostgresBatchCommitter;
import dev.ingest.adapter.postgres.PostgresIngestionHealth;
import dev.ingest.adapter.postgres.report.PostgresReportCatchUp;
import dev.ingest.adapter.postgres.report.PostgresReports;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.health.usecase.ShowIngestionHealthService;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.report.usecase.RunReportService;
import dev.ingest.application.testing.MachineTools;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard over a month of data, as an operator meets it after a backfill: 10,000 events spread over 25 days
 * (2024-02-06 to 2024-03-01, 400 a day, busier by day than by night), landed as one file a day and committed as 25
 * batches, some records quarantined. The hourly chart's axis stays readable (days, not 600 rotated hour labels), every chart's table
 * adds up to the data set, and {@code target/screenshots/dashboard-month.png} is the README's {@code docs/dashboard.png}.
 * Without Chromium the test is skipped, except under {@code CI=true}, where it fails.
 */
class DashboardMonthIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    static final int DAYS = 25;
    static final int EVENTS = 10_000;
    private static final LocalDateTime FIRST = LocalDateTime.parse("2024-02-06T00:00:00");
    private static final String STREAM = "backfill";
    private static final ReasonCode[] REASONS = {ReasonCode.INVALID_PRICE, ReasonCode.MISSING_USER_ID,
            ReasonCode.INVALID_TIMESTAMP};
    private static final String[] NAMES = {"Desk lamp", "Oak desk", "Phone", "Headphones", "Running shoes",
            "Yoga mat", "Novel", "Cookbook", "Blender", "Kettle", "Board game", "Lipstick"};
    private static final String[] CATEGORIES = {"Home & Kitchen", "Home & Kitchen", "Electronics", "Electronics",
            "Sports", "Sports", "Books", "Books", "Home & Kitchen", "Home & Kitchen", "Toys", "Beauty"};

    private static DashboardServer server;
    private static ChromeDriver browser;
    private static DashboardPage page;
    private static final Map<String, Long> quarantined = new TreeMap<>();

    @BeforeAll
    static void openThePageOverAMonth() {
        MachineTools.assumeInstalled("DashboardMonthIT", Chromium.missing());
        storeAMonth();
        new PostgresReportCatchUp(DATABASE.settings()).catchUp();
        server = DashboardServer.start(new InetSocketAddress("127.0.0.1", 0),
                new RunReportService(new PostgresReports(DATABASE.settings())),
                new ShowIngestionHealthService(new PostgresIngestionHealth(DATABASE.settings()), Clock.systemUTC()));
        browser = Chromium.start(1400, 2000);
        page = new DashboardPage(browser);
        browser.get(server.url() + "?refresh=60");
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
    void the_hourly_axis_shows_days_a_few_unrotated_labels_over_the_month() throws IOException {
        List<String> labels = page.xTickLabels("chart-hourly");

        assertThat(labels).as("days, labelled like Feb 6").hasSizeBetween(3, 25)
                .allMatch(label -> label.matches("(Feb|Mar) \\d{1,2}"));
        assertThat(page.chart("chart-hourly", "scales.x.labelRotation")).isEqualTo(0L);
        assertThat(page.chart("chart-hourly", "data.datasets[0].data.length")).as("one point per hour")
                .isEqualTo((long) DAYS * 24);
        page.screenshot("dashboard-month.png");
    }

    @Test
    void every_charts_table_adds_up_to_the_month() {
        List<List<String>> hourly = page.rows("hourly-table");
        assertThat(hourly).as("an hour and type a row").hasSize(DAYS * 24 * 3);
        assertThat(sum(hourly, 2)).isEqualTo(EVENTS);
        assertThat(sum(page.rows("summary-table"), 1)).isEqualTo(EVENTS);

        List<List<String>> minutes = page.rows("throughput-table");
        long stored = sum(minutes, 1);
        long quarantinedTotal = quarantined.values().stream().mapToLong(Long::longValue).sum();
        assertThat(stored).isEqualTo(EVENTS);
        assertThat(sum(minutes, 3)).isEqualTo(quarantinedTotal);
        assertThat(page.rows("reasons-table")).containsExactlyInAnyOrderElementsOf(quarantined.entrySet().stream()
                .map(reason -> List.of(reason.getKey(), Long.toString(reason.getValue()))).toList());
        assertThat(page.rows("timings-table")).hasSize(DAYS);
    }

    /** The n-th of a day's events: uniform u bent by a day-night curve, monotonic as 1 + 0.5 cos stays positive. */
    private static long secondOfDay(int n, int perDay) {
        double u = (n + 0.5) / perDay;
        return Math.round(86_400 * (u + 0.5 * Math.sin(2 * Math.PI * u) / (2 * Math.PI)));
    }

    private static long sum(List<List<String>> rows, int column) {
        return rows.stream().mapToLong(row -> Long.parseLong(row.get(column))).sum();
    }

    /**
     * One file a day of 400 events, from about 11 an hour at midnight to 33 at noon (never fewer than 10 in an hour, so
     * every hour has all three types); views, adds to cart and purchases 6:3:1; 300 users and 12 products. Batch d also quarantined d % 4 records for one of three reasons.
     * The batches were committed a minute apart, ending a few minutes ago.
     */
    private static void storeAMonth() {
        ManualClock clock = new ManualClock(Instant.now().minus(Duration.ofMinutes(DAYS + 5)));
        PostgresBatchCommitter store = new PostgresBatchCommitter(DATABASE.settings(), clock);
        int perDay = EVENTS / DAYS;
        for (int day = 0; day < DAYS; day++) {
            BatchKey key = new BatchKey(STREAM, day);
            String file = "file:/landing/events-" + day + ".csv";
            long rejected = day % 4;
            try (PartitionWriter writer = store.writers().open(key, 0)) {
                for (int n = 0; n < perDay; n++) {
                    int i = day * perDay + n;
                    int product = (i * 7) % NAMES.length;
                    EventType type = i % 10 < 6 ? EventType.VIEW : i % 10 < 9 ? EventType.ADD_TO_CART
                            : EventType.PURCHASE;
                    writer.write(anEvent().withEventId("m-" + i).withUserId("user-" + (i * 7919) % 300)
                            .withProductId("p" + product).withProductName(NAMES[product])
                            .withCategory(CATEGORIES[product]).withPrice((5 + product * 20) + ".99")
                            .withEventType(type).withEventTime(FIRST.plusDays(day).plusSeconds(secondOfDay(n, perDay))).build(),
                            new Origin(file, n + 1));
                }
                Map<ReasonCode, Long> reasons = rejected == 0 ? Map.of() : Map.of(REASONS[day % 3], rejected);
                reasons.forEach((reason, count) -> quarantined.merge(reason.name(), count, Long::sum));
                Instant landed = clock.instant().minusSeconds(2 + day % 5);
                var tallies = writer.commit(List.of(new UnitRead(SourceUnit.fromId(file), landed, perDay + rejected,
                        rejected, 0)));
                store.commit(key, BatchTally.ofUnits(tallies, reasons, StageTimings.NONE),
                        clock.instant().minusSeconds(1));
            }
            clock.advance(Duration.ofMinutes(1));
        }
    }
}
