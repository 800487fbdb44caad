package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code ingest report} through the real command line, on a real database. */
class ReportCliIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void insertEvents() throws SQLException {
        try (Connection connection = DATABASE.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO user_events (event_id, user_id,"
                        + " product_id, product_name, category, price, event_type, event_timestamp)"
                        + " VALUES (?, ?, ?, ?, ?, ?::numeric, ?, ?::timestamp)")) {
            String[][] events = {
                {"e1", "u1", "p1", "Lamp", "Home", "10.00", "view", "2024-03-01 09:10"},
                {"e2", "u1", "p1", "Lamp", "Home", "10.00", "purchase", "2024-03-01 09:20"},
                {"e3", "u2", "p2", "Desk, oak", "Home", "199.99", "purchase", "2024-03-01 10:05"},
                {"e4", "u3", "p3", "Phone", "Tech", "333.33", "view", "2024-03-01 10:30"},
            };
            for (String[] event : events) {
                for (int i = 0; i < event.length; i++) {
                    insert.setString(i + 1, event[i]);
                }
                insert.executeUpdate();
            }
        }
    }

    @Test
    void prints_the_summary_as_a_table() {
        assertThat(run("report", "summary")).isZero();

        // Stored by plain INSERTs with no stream running: the report caught the rollups up itself.
        assertThat(out.toString()).startsWith("""
                event_type  total_events  unique_users  avg_price  total_value
                ----------  ------------  ------------  ---------  -----------
                purchase               2             2     105.00       209.99
                view                   2             2     171.67       343.33
                """).containsPattern(
                "\nexact as of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC: events committed since are not counted yet\n$");
    }

    @Test
    void prints_filtered_top_products_as_csv() {
        assertThat(run("report", "top-products", "--from", "2024-03-01 09:00", "--to", "2024-03-01T10:00",
                "--format", "csv")).isZero();

        assertThat(out.toString())
                .isEqualTo("product_id,product_name,category,purchase_count,revenue\r\np1,Lamp,Home,1,10.00\r\n");
    }

    @Test
    void prints_the_funnel_as_json() {
        assertThat(run("report", "funnel", "--category", "Home", "--format", "json")).isZero();

        assertThat(out.toString().replaceAll("\\s", "")).matches("\\{\"exact_as_of\":\"[0-9T:.-]+Z\",\"rows\":"
                + "\\[\\{\"category\":\"Home\",\"viewers\":1,\"cart_adders\":0,\"purchasers\":2,\"view_to_cart_rate\":0.00,"
                + "\"cart_to_purchase_rate\":null,\"view_to_purchase_rate\":200.00}]}");
    }

    @Test
    void prints_recent_activity_newest_first() {
        assertThat(run("report", "recent", "--limit", "2", "--format", "csv")).isZero();

        assertThat(out.toString()).isEqualTo(
                "event_time,event_type,event_id,user_id,product_id,product_name,category,price\r\n"
                        + "2024-03-01 10:30:00,view,e4,u3,p3,Phone,Tech,333.33\r\n"
                        + "2024-03-01 10:05:00,purchase,e3,u2,p2,\"Desk, oak\",Home,199.99\r\n");
    }

    @Test
    void a_bad_time_exits_2_before_touching_the_database() {
        assertThat(run("report", "hourly", "--from", "2024-13-01")).isEqualTo(2);

        assertThat(err.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("error: ").contains("'2024-13-01' is not a time"));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_database_without_the_schema_exits_1_with_one_line() {
        DatabaseSettings settings = DATABASE.settings();
        List<String> arguments = new ArrayList<>(List.of("report", "summary", "--jdbc-url",
                settings.jdbcUrl().replace("/" + settings.database(), "/postgres"), "--db-user", settings.user()));
        if (!settings.password().isEmpty()) {
            arguments.addAll(List.of("--db-password", settings.password()));
        }

        assertThat(IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(arguments.toArray(String[]::new))).isEqualTo(1);

        assertThat(err.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("error: the database has no ingest schema of version 14 or later (run `ingest migrate`)"));
    }

    private int run(String... arguments) {
        DatabaseSettings settings = DATABASE.settings();
        List<String> withDatabase = new ArrayList<>(List.of(arguments));
        withDatabase.addAll(List.of("--jdbc-url", settings.jdbcUrl(), "--db-user", settings.user()));
        if (!settings.password().isEmpty()) {
            withDatabase.addAll(List.of("--db-password", settings.password()));
        }
        return IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(withDatabase.toArray(String[]::new));
    }
}
