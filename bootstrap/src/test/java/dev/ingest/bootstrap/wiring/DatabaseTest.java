package dev.ingest.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.bootstrap.cli.DatabaseOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DatabaseTest {

    private static final Map<String, String> SERVER_ENV = Map.of("POSTGRES_HOST", "db.internal", "POSTGRES_PORT",
            "6543", "POSTGRES_DB", "shop", "POSTGRES_USER", "ingest", "POSTGRES_PASSWORD", "from-env");

    @Test
    void the_seed_s_environment_variables_name_the_server() {
        try (Database database = Database.open(options(), SERVER_ENV)) {
            assertThat(database.embedded()).isFalse();
            assertThat(database.settings()).isEqualTo(new DatabaseSettings("jdbc:postgresql://db.internal:6543/shop",
                    "ingest", "from-env", DatabaseSettings.DEFAULT_RETRY_DEADLINE));
        }
    }

    @Test
    void port_database_and_user_have_the_seed_s_defaults() {
        try (Database database = Database.open(options(), Map.of("POSTGRES_HOST", "127.0.0.1"))) {
            assertThat(database.settings().location()).isEqualTo("127.0.0.1:5432/ecommerce_events");
            assertThat(database.settings().user()).isEqualTo("postgres");
            assertThat(database.settings().password()).isEmpty();
        }
    }

    @Test
    void flags_win_over_the_environment() {
        DatabaseChoice flags = options("--jdbc-url", "jdbc:postgresql://flagged:7000/other", "--db-user", "me",
                "--db-password", "from-flag");

        try (Database database = Database.open(flags, SERVER_ENV, Duration.ofSeconds(5))) {
            assertThat(database.settings()).isEqualTo(new DatabaseSettings("jdbc:postgresql://flagged:7000/other",
                    "me", "from-flag", Duration.ofSeconds(5)));
        }
    }

    @Test
    void credentials_written_into_the_url_are_taken_out_of_it_and_win_over_the_environment() {
        DatabaseChoice libpqStyle = options("--jdbc-url", "jdbc:postgresql://bob:s%40cret@flagged:7000/other");
        DatabaseChoice driverStyle = options("--jdbc-url",
                "jdbc:postgresql://flagged:7000/other?user=bob&password=s%40cret&ssl=true");

        try (Database fromUri = Database.open(libpqStyle, SERVER_ENV);
             Database fromQuery = Database.open(driverStyle, SERVER_ENV)) {
            assertThat(fromUri.settings()).isEqualTo(new DatabaseSettings("jdbc:postgresql://flagged:7000/other",
                    "bob", "s@cret", DatabaseSettings.DEFAULT_RETRY_DEADLINE));
            assertThat(fromQuery.settings()).isEqualTo(new DatabaseSettings(
                    "jdbc:postgresql://flagged:7000/other?ssl=true", "bob", "s@cret",
                    DatabaseSettings.DEFAULT_RETRY_DEADLINE));
        }
    }

    @Test
    void flags_win_over_credentials_in_the_url_and_a_url_without_a_password_takes_the_environment_s() {
        DatabaseChoice flags = options("--jdbc-url", "jdbc:postgresql://bob:from-url@flagged:7000/other",
                "--db-user", "me", "--db-password", "from-flag");
        DatabaseChoice userOnly = options("--jdbc-url", "jdbc:postgresql://bob@flagged:7000/other");

        try (Database flagged = Database.open(flags, SERVER_ENV); Database partly = Database.open(userOnly, SERVER_ENV)) {
            assertThat(flagged.settings()).isEqualTo(new DatabaseSettings("jdbc:postgresql://flagged:7000/other",
                    "me", "from-flag", DatabaseSettings.DEFAULT_RETRY_DEADLINE));
            assertThat(partly.settings().user()).isEqualTo("bob");
            assertThat(partly.settings().password()).isEqualTo("from-env");
        }
    }

    @Test
    void what_the_user_chose_is_shown_without_the_credentials_of_the_url() {
        assertThat(options("--jdbc-url", "jdbc:postgresql://bob:url-secret@db/shop?password=query-secret",
                "--db-password", "flag-secret").toString())
                .contains("jdbc:postgresql://db/shop").doesNotContain("secret");
    }

    @Test
    void a_port_that_is_not_a_number_is_a_one_line_error() {
        Map<String, String> env = Map.of("POSTGRES_HOST", "h", "POSTGRES_PORT", "five");

        assertThatThrownBy(() -> Database.open(options(), env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POSTGRES_PORT must be a port number, was 'five'");
    }

    private static DatabaseChoice options(String... args) {
        return CommandLine.populateCommand(new DatabaseOptions(), args).choice();
    }
}
