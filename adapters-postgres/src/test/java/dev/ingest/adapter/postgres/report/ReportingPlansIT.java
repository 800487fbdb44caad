package dev.ingest.adapter.postgres.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports' plans once V5 has dropped the index on event_type alone: a filter on the event type still reads an
 * index (the one on event type and time), and so do the time-ordered and time-filtered reports; since V10 the
 * aggregating views read the rollups instead of the events. The SQL mirrors what
 * the report queries send (the views as such, and their reproductions over user_events for a time range).
 */
class ReportingPlansIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final String TYPE_AND_TIME_INDEX = "idx_user_events_type_timestamp";
    private static final String TIME_INDEX = "idx_user_events_timestamp";

    @BeforeAll
    static void insertEventsWithRarePurchases() {
        // Purchases are 1 in 100 events, as selective as in a real shop, so that reading an index pays off.
        DATABASE.dsl().execute("""
                INSERT INTO user_events (event_id, user_id, product_id, product_name, category, price, event_type,
                                         event_timestamp)
                SELECT 'e' || i, 'u' || (i % 500), 'p' || (i % 50), 'Product ' || (i % 50), 'C' || (i % 5),
                       1 + (i % 100),
                       CASE WHEN i % 100 = 0 THEN 'purchase' WHEN i % 10 = 1 THEN 'add_to_cart' ELSE 'view' END,
                       TIMESTAMP '2025-03-01' + i * INTERVAL '1 second'
                FROM generate_series(1, 20000) AS i""");
        DATABASE.dsl().execute("ANALYZE user_events");
    }

    @Test
    void the_index_on_event_type_alone_is_gone_and_the_others_remain() {
        var indexes = DATABASE.dsl().fetch("SELECT indexname FROM pg_indexes WHERE tablename = 'user_events'")
                .getValues(0, String.class);

        assertThat(indexes)
                .doesNotContain("idx_user_events_event_type")
                .contains(TYPE_AND_TIME_INDEX, TIME_INDEX, "idx_user_events_user_id", "user_events_event_id_key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v_event_summary", "v_hourly_events", "v_purchase_funnel", "v_top_products"})
    void the_aggregating_views_read_the_rollups_and_not_the_events(String view) {
        assertThat(plan("SELECT * FROM " + view)).contains("rollup_").doesNotContain("user_events");
    }

    @Test
    void top_products_in_a_time_range_reads_the_type_and_time_index() {
        assertThat(plan("""
                SELECT product_id, product_name, category, count(*), round(sum(price), 2) AS revenue
                FROM user_events
                WHERE event_type = 'purchase'
                  AND event_timestamp >= TIMESTAMP '2025-03-01 01:00' AND event_timestamp < TIMESTAMP '2025-03-01 02:00'
                GROUP BY product_id, product_name, category
                ORDER BY revenue DESC""")).contains(TYPE_AND_TIME_INDEX).doesNotContain("Seq Scan");
    }

    @Test
    void recent_activity_and_time_filtered_reports_read_the_time_index() {
        assertThat(plan("SELECT * FROM v_recent_activity")).contains(TIME_INDEX).doesNotContain("Seq Scan");
        assertThat(plan("""
                SELECT event_type, count(*), count(DISTINCT user_id)
                FROM user_events
                WHERE event_timestamp >= TIMESTAMP '2025-03-01 01:00' AND event_timestamp < TIMESTAMP '2025-03-01 02:00'
                GROUP BY event_type""")).contains(TIME_INDEX).doesNotContain("Seq Scan");
    }

    private static String plan(String query) {
        return DATABASE.dsl().fetch("EXPLAIN " + query).stream()
                .map(row -> row.get(0, String.class))
                .collect(Collectors.joining("\n"));
    }
}
