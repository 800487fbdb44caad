package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports that read the rollups (V10, V12, V14) answer exactly what the same calculation over {@code user_events}
 * answers once caught up, for events stored in many statements and transactions, two of them committed out of the
 * order of their ids, with users, hours, days,
 * categories and products repeated and user numbers on both sides of a bitmap block's end, and for every filter: time
 * ranges on and off the hour and the day, a category, a limit.
 */
class ReportRollupsIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 8, 0);
    private static final LocalDateTime MIDNIGHT = START.toLocalDate().atStartOfDay();
    private static final List<String> CATEGORIES = List.of("Home", "Tech", "Garden", "Toys");
    private static final int CHUNK = 150;

    private final PostgresReports reports = new PostgresReports(DATABASE.settings());

    @BeforeAll
    static void storeEventsInManyTransactions() throws Exception {
        DATABASE.dsl().truncate(USER_EVENTS).restartIdentity().execute();
        // The 30 users draw numbers 4,081 to 4,110: half in the first block of 4,096, half in the second.
        DATABASE.dsl().execute("TRUNCATE rollup_users");
        DATABASE.dsl().execute("SELECT setval('rollup_user_numbers', 4080)");
        List<List<Event>> chunks = chunks(events(2_400, new Random(42)));
        // Two chunks per transaction, a catch-up after every third; then the last two chunks in two transactions at
        // once, committed out of the order of their ids.
        for (int i = 0; i + 1 < chunks.size() - 2; i += 2) {
            int first = i;
            DATABASE.dsl().transaction(tx -> {
                insert(tx.dsl(), chunks.get(first));
                insert(tx.dsl(), chunks.get(first + 1));
            });
            if (i % 6 == 4) {
                catchUp();
            }
        }
        commitOutOfIdOrder(chunks.get(chunks.size() - 2), chunks.get(chunks.size() - 1));
        catchUp();
    }

    /**
     * The first transaction draws the lower ids and commits last: a catch-up while it runs must leave the second's
     * events for later rather than count them and then skip the first's, or count them twice. A third transaction
     * running at the next catch-up is left for later too, and rolls back: its ids are never counted.
     */
    private static void commitOutOfIdOrder(List<Event> early, List<Event> late) throws Exception {
        catchUp();
        assertThat(countedEvents()).isEqualTo(storedEvents());
        try (Connection holding = DATABASE.connect(); Connection aborting = DATABASE.connect()) {
            holding.setAutoCommit(false);
            aborting.setAutoCommit(false);
            insert(DSL.using(holding, SQLDialect.POSTGRES), early);
            DATABASE.dsl().transaction(tx -> insert(tx.dsl(), late));
            long counted = countedEvents();

            catchUp();
            assertThat(countedEvents()).as("nothing past the running transaction's ids").isEqualTo(counted);

            holding.commit();
            insert(DSL.using(aborting, SQLDialect.POSTGRES), again(late));
            catchUp();
            assertThat(countedEvents()).as("all but the running transaction's").isEqualTo(storedEvents());
            aborting.rollback();
        }
        catchUp();
        assertThat(countedEvents()).isEqualTo(storedEvents());
    }

    private static List<Event> again(List<Event> events) {
        return events.stream().map(e -> new Event("again-" + e.eventId(), e.userId(), e.productId(), e.productName(),
                e.category(), e.price(), e.eventType(), e.eventTime())).toList();
    }

    private static long storedEvents() {
        return DATABASE.dsl().fetchCount(USER_EVENTS);
    }

    private static Instant catchUp() {
        return new PostgresReportCatchUp(DATABASE.settings()).catchUp();
    }

    private static long countedEvents() {
        return DATABASE.dsl().fetchSingle("SELECT COALESCE(SUM(event_count), 0) FROM rollup_type_categories")
                .get(0, Long.class);
    }

    static Stream<ReportQuery> queries() {
        ReportQuery all = ReportQuery.unfiltered();
        return Stream.of(
                all,
                all.withCategory("Home"),
                all.withCategory("Absent"),
                all.withLimit(2),
                all.withFrom(START.plusHours(1)).withTo(START.plusHours(4)),
                all.withFrom(START.plusHours(1).plusMinutes(17).plusSeconds(23))
                        .withTo(START.plusHours(4).plusMinutes(42).plusSeconds(5)),
                all.withFrom(START.plusHours(2).plusMinutes(5)).withTo(START.plusHours(2).plusMinutes(55)),
                all.withFrom(START.plusHours(2).plusMinutes(30)).withTo(START.plusHours(3).plusMinutes(20)),
                all.withFrom(START.plusHours(3).plusMinutes(11).plusSeconds(11)),
                all.withTo(START.plusHours(2).plusMinutes(10).plusSeconds(10)),
                all.withFrom(START.plusMinutes(59)).withTo(START.plusHours(5).plusMinutes(1))
                        .withCategory("Tech").withLimit(3),
                // Across whole days: March 2nd whole, hours beside it on both sides, partial hours at both ends.
                all.withFrom(START.plusHours(4).plusMinutes(17)).withTo(START.plusDays(2).plusHours(3).plusMinutes(42)),
                all.withFrom(START.plusHours(2).plusMinutes(10)).withTo(START.plusDays(2).plusHours(1).plusMinutes(50))
                        .withCategory("Home"),
                all.withFrom(MIDNIGHT.plusDays(1)).withTo(MIDNIGHT.plusDays(2)),
                all.withFrom(MIDNIGHT.plusDays(1).plusHours(4)).withTo(MIDNIGHT.plusDays(2)),
                all.withFrom(MIDNIGHT.plusDays(1).minusMinutes(30)),
                all.withFrom(MIDNIGHT.plusDays(1)),
                all.withTo(MIDNIGHT.plusDays(1).plusHours(18).plusMinutes(20).plusSeconds(5)),
                all.withTo(MIDNIGHT.plusDays(2)).withCategory("Garden"),
                all.withFrom(START.plusDays(5)));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void the_summary_is_that_of_the_events(ReportQuery query) {
        assertThat(reports.eventSummary(query)).isEqualTo(EventSummaryQuery.fromEvents(DATABASE.dsl(), query));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void the_funnel_is_that_of_the_events(ReportQuery query) {
        assertThat(reports.purchaseFunnel(query)).isEqualTo(PurchaseFunnelQuery.fromEvents(DATABASE.dsl(), query));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void the_top_products_are_those_of_the_events(ReportQuery query) {
        assertThat(reports.topProducts(query)).isEqualTo(TopProductsQuery.fromEvents(DATABASE.dsl(), query));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void the_hourly_series_is_that_of_the_events(ReportQuery query) {
        assertThat(reports.hourlyEvents(query)).isEqualTo(hourlyFromEvents(DATABASE.dsl(), query));
    }

    @Test
    void the_rollups_kept_as_events_arrived_are_those_rebuilt_from_all_events() {
        List<String> before = rollupContents(DATABASE.dsl());

        DATABASE.dsl().execute("SELECT rollups_rebuild()");

        assertThat(rollupContents(DATABASE.dsl())).isEqualTo(before);
    }

    @Test
    void a_catch_up_killed_before_its_commit_loses_nothing_and_counts_nothing_twice() throws Exception {
        DATABASE.dsl().transaction(tx -> insert(tx.dsl(), renamed("crash-", events(50, new Random(11)))));
        try (Connection dying = DATABASE.connect()) {
            dying.setAutoCommit(false);
            DSLContext folding = DSL.using(dying, SQLDialect.POSTGRES);
            folding.execute("SELECT rollups_fold_committed()");
            int pid = folding.fetchSingle("SELECT pg_backend_pid()").get(0, Integer.class);
            // Waits for the backend to be gone: until then it holds the catch-up's row.
            DATABASE.dsl().execute("SELECT pg_terminate_backend(" + pid + ", 10000)");
        }
        assertThat(countedEvents()).isLessThan(storedEvents());

        catchUp();

        assertThat(countedEvents()).isEqualTo(storedEvents());
        List<String> caughtUp = rollupContents(DATABASE.dsl());
        DATABASE.dsl().execute("SELECT rollups_rebuild()");
        assertThat(rollupContents(DATABASE.dsl())).isEqualTo(caughtUp);
    }

    @Test
    void a_catch_up_waits_for_one_running_elsewhere_and_then_folds_what_that_one_left() throws Exception {
        DATABASE.dsl().transaction(tx -> insert(tx.dsl(), renamed("first-", events(30, new Random(17)))));
        try (Connection running = DATABASE.connect()) {
            running.setAutoCommit(false);
            // A catch-up under way elsewhere (a dashboard's): it folds the 30 and holds the fold's row.
            DSL.using(running, SQLDialect.POSTGRES).execute("SELECT rollups_fold_committed()");
            DATABASE.dsl().transaction(tx -> insert(tx.dsl(), renamed("then-", events(20, new Random(19)))));

            CompletableFuture<Instant> ours = CompletableFuture.supplyAsync(ReportRollupsIT::catchUp);
            Thread.sleep(300);
            assertThat(ours).as("waits for the running catch-up rather than answer with its time").isNotDone();
            running.commit();

            ours.get(30, TimeUnit.SECONDS);
        }
        assertThat(countedEvents()).isEqualTo(storedEvents());
    }

    @Test
    void a_long_transaction_that_writes_no_events_holds_no_catch_up_back() throws Exception {
        try (Connection elsewhere = DATABASE.connect()) {
            elsewhere.setAutoCommit(false);
            DSL.using(elsewhere, SQLDialect.POSTGRES).execute("SELECT pg_current_xact_id()");
            DATABASE.dsl().transaction(tx -> insert(tx.dsl(), renamed("meanwhile-", events(20, new Random(13)))));

            catchUp();

            assertThat(countedEvents()).isEqualTo(storedEvents());
            elsewhere.rollback();
        }
    }

    @Test
    void the_time_the_reports_are_exact_as_of_comes_with_each_catch_up_and_only_moves_forward() {
        Instant first = catchUp();
        Instant second = catchUp();

        assertThat(second).isAfterOrEqualTo(first);
        assertThat(reports.exactAsOf()).isEqualTo(second);
    }

    @Test
    void deleting_events_by_hand_rebuilds_the_rollups() throws Exception {
        var allEvents = EventSummaryQuery.fromView(DATABASE.dsl());
        try (Connection connection = DATABASE.connect()) {
            connection.setAutoCommit(false);
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            dsl.deleteFrom(USER_EVENTS).where(USER_EVENTS.USER_ID.eq("u03")).execute();
            ReportQuery all = ReportQuery.unfiltered();

            assertThat(EventSummaryQuery.fromView(dsl)).isEqualTo(EventSummaryQuery.fromEvents(dsl, all));
            assertThat(PurchaseFunnelQuery.fromView(dsl, all)).isEqualTo(PurchaseFunnelQuery.fromEvents(dsl, all));
            assertThat(EventSummaryQuery.fromView(dsl)).isNotEqualTo(allEvents);
            // Undone: the other tests read all events.
            connection.rollback();
        }
    }

    @Test
    void a_rebuild_after_inserts_of_its_own_transaction_counts_them_once() throws Exception {
        try (Connection connection = DATABASE.connect()) {
            connection.setAutoCommit(false);
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            insert(dsl, again(events(40, new Random(7))));
            dsl.deleteFrom(USER_EVENTS).where(USER_EVENTS.USER_ID.eq("u05")).execute();
            // The DELETE rebuilt from the events folded before; a catch-up in the transaction folds its inserts.
            dsl.execute("SELECT rollups_fold_committed()");
            ReportQuery all = ReportQuery.unfiltered();

            assertThat(EventSummaryQuery.fromView(dsl)).isEqualTo(EventSummaryQuery.fromEvents(dsl, all));
            // Undone: the other tests read all events.
            connection.rollback();
        }
    }

    /** The V2 definition of the hourly series, over the events. */
    private static List<HourlyEventsRow> hourlyFromEvents(DSLContext dsl, ReportQuery query) {
        Field<LocalDateTime> hour = DSL.field("date_trunc('hour', {0})", SQLDataType.LOCALDATETIME,
                USER_EVENTS.EVENT_TIMESTAMP);
        var ordered = dsl.select(hour, USER_EVENTS.EVENT_TYPE, DSL.count().coerce(SQLDataType.BIGINT),
                        DSL.countDistinct(USER_EVENTS.USER_ID).coerce(SQLDataType.BIGINT),
                        DSL.round(DSL.sum(USER_EVENTS.PRICE), 2))
                .from(USER_EVENTS)
                .groupBy(hour, USER_EVENTS.EVENT_TYPE)
                .having(ReportFilters.timeRange(hour, query))
                .orderBy(hour.desc(), USER_EVENTS.EVENT_TYPE);
        return ReportFilters.limited(ordered, query.limit()).fetch(r -> new HourlyEventsRow(r.value1(),
                ReportFilters.eventType(r.value2()), r.value3(), r.value4(), r.value5()));
    }

    private static List<String> rollupContents(DSLContext dsl) {
        List<String> contents = new ArrayList<>();
        for (String table : List.of("rollup_type_categories", "rollup_hour_categories", "rollup_hour_purchases",
                "rollup_users", "rollup_members", "rollup_day_members", "rollup_hour_members",
                "rollup_hour_type_members")) {
            contents.add(table + ": " + dsl.fetch("SELECT * FROM " + table + " AS t ORDER BY t::text").formatCSV());
        }
        return contents;
    }

    /** Events over two days, five hours and a few minutes, by few users in few categories: every key repeats. */
    private static List<Event> events(int count, Random random) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int product = random.nextInt(12);
            String category = CATEGORIES.get(product % CATEGORIES.size());
            // Product 11 is sold under two names, as a renamed product would be.
            String name = product == 11 && random.nextBoolean() ? "Renamed 11" : "Product " + product;
            EventType type = switch (random.nextInt(6)) {
                case 0, 1, 2 -> EventType.VIEW;
                case 3, 4 -> EventType.ADD_TO_CART;
                default -> EventType.PURCHASE;
            };
            BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
            LocalDateTime time = START.plusSeconds(random.nextInt(2 * 86_400 + 5 * 3600 + 300));
            events.add(new Event("e" + i, String.format("u%02d", random.nextInt(30)), "p" + product, name, category,
                    price, type, time));
        }
        return events;
    }

    private static List<List<Event>> chunks(List<Event> events) {
        List<List<Event>> chunks = new ArrayList<>();
        for (int i = 0; i < events.size(); i += CHUNK) {
            chunks.add(events.subList(i, Math.min(events.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** One multi-row INSERT: one statement, so one firing of the statement trigger. */
    /** The events under new ids, so that a test's own events are new to the table. */
    private static List<Event> renamed(String prefix, List<Event> events) {
        return events.stream().map(e -> new Event(prefix + e.eventId(), e.userId(), e.productId(), e.productName(),
                e.category(), e.price(), e.eventType(), e.eventTime())).toList();
    }

    private static void insert(DSLContext dsl, List<Event> events) {
        var insert = dsl.insertInto(USER_EVENTS, USER_EVENTS.EVENT_ID, USER_EVENTS.USER_ID, USER_EVENTS.PRODUCT_ID,
                USER_EVENTS.PRODUCT_NAME, USER_EVENTS.CATEGORY, USER_EVENTS.PRICE, USER_EVENTS.EVENT_TYPE,
                USER_EVENTS.EVENT_TIMESTAMP);
        for (Event event : events) {
            insert = insert.values(event.eventId(), event.userId(), event.productId(), event.productName(),
                    event.category(), event.price(), event.eventType().code(), event.eventTime());
        }
        insert.execute();
    }
}
