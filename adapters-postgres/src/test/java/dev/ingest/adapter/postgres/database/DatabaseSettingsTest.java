package dev.ingest.adapter.postgres.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseSettingsTest {

    @Test
    void never_shows_the_password_even_when_the_url_carries_one() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://db.example:6543/shop?password=url-secret&ssl=true", "ingest", "field-secret",
                Duration.ofSeconds(30));

        assertThat(settings.toString())
                .contains("db.example:6543/shop", "ingest", "PT30S")
                .doesNotContain("url-secret", "field-secret");
    }

    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://db:6543/shop,                db:6543/shop",
            "jdbc:postgresql://db/shop,                     db:5432/shop",
            "jdbc:postgresql://10.0.0.1:5433/shop?ssl=true, 10.0.0.1:5433/shop"})
    void names_its_location_by_host_port_and_database(String url, String location) {
        assertThat(new DatabaseSettings(url, "u", "p", Duration.ZERO).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://db:6543/shop,          jdbc:postgresql://db:6543/postgres",
            "jdbc:postgresql://db:6543/shop?ssl=true, jdbc:postgresql://db:6543/postgres?ssl=true",
            "jdbc:postgresql://db:6543/,              jdbc:postgresql://db:6543/postgres"})
    void points_at_another_database_on_the_same_server(String url, String other) {
        DatabaseSettings settings = new DatabaseSettings(url, "u", "p", Duration.ofSeconds(3));

        assertThat(settings.withDatabase("postgres"))
                .isEqualTo(new DatabaseSettings(other, "u", "p", Duration.ofSeconds(3)));
    }

    @Test
    void a_missing_password_is_empty() {
        assertThat(DatabaseSettings.of("h", 1, "d", "u", null).password()).isEmpty();
    }

    @Test
    void refuses_a_url_with_a_user_and_password_before_its_host_without_showing_them() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:postgresql://bob:url-secret@db/shop", "u", "p",
                Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://db/shop names a user or password before its host")
                .message().doesNotContain("url-secret");
    }

    @Test
    void refuses_a_url_that_is_not_postgresql() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://h/d?password=x", "u", "p", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PostgreSQL JDBC URL: jdbc:mysql://h/d");
    }
}
