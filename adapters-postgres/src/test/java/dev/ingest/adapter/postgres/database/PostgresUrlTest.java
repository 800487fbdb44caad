package dev.ingest.adapter.postgres.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "jdbc:postgresql://bob:secret@db:6543/shop           | jdbc:postgresql://db:6543/shop | bob | secret",
            "jdbc:postgresql://bob@db/shop                       | jdbc:postgresql://db/shop      | bob | -",
            "jdbc:postgresql://b%40b:p%3Aw%2F%25+%C3%A9@db/shop  | jdbc:postgresql://db/shop      | b@b | p:w/%+é",
            "jdbc:postgresql://bob:p@ss:w@db/shop                | jdbc:postgresql://db/shop      | bob | p@ss:w",
            "jdbc:postgresql://bob:pw@h1:5432,h2:5433/shop       | jdbc:postgresql://h1:5432,h2:5433/shop | bob | pw",
            "jdbc:postgresql://db/shop?ssl=true&user=bob&password=s%2Bx+y&ApplicationName=a"
                    + " | jdbc:postgresql://db/shop?ssl=true&ApplicationName=a | bob | s+x y",
            "jdbc:postgresql://bob:from-uri@db/shop?password=from-query | jdbc:postgresql://db/shop | bob | from-query",
            "jdbc:postgresql://db/shop?password=                 | jdbc:postgresql://db/shop      | -   | ''",
            "jdbc:postgresql://db/sh@p?ssl=true                  | jdbc:postgresql://db/sh@p?ssl=true | - | -",
            "jdbc:postgresql://db:6543/shop                      | jdbc:postgresql://db:6543/shop | -   | -"})
    void takes_the_credentials_out_of_the_url_as_libpq_and_the_driver_read_them(String written, String url,
            String user, String password) {
        PostgresUrl parsed = PostgresUrl.parse(written);

        assertThat(parsed.withoutCredentials()).isEqualTo(url);
        assertThat(parsed.user()).isEqualTo(Optional.ofNullable(user));
        assertThat(parsed.password()).isEqualTo(Optional.ofNullable(password));
    }

    @Test
    void shows_neither_the_password_nor_the_parameters() {
        PostgresUrl parsed = PostgresUrl.parse("jdbc:postgresql://bob:url-secret@db/shop?sslpassword=key-secret");

        assertThat(PostgresUrl.shown("jdbc:postgresql://bob:url-secret@db/shop?sslpassword=key-secret"))
                .isEqualTo("jdbc:postgresql://db/shop");
        assertThat(parsed.toString()).contains("db/shop", "bob").doesNotContain("url-secret", "key-secret");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:mysql://bob:Zq7secret@h/d?password=Zq7secret | not a PostgreSQL JDBC URL: jdbc:mysql://h/d",
            "jdbc:postgresql://bob:Zq7se%zzcret@db/shop        | has a % that is not followed by two hex digits",
            "jdbc:postgresql://bob:Zq7secret%4@db/shop         | has a % that is not followed by two hex digits",
            "jdbc:postgresql://db/shop?password=Zq7se%zzcret   | has a % that is not followed by two hex digits"})
    void refuses_what_it_cannot_read_in_a_line_that_repeats_no_credential(String written, String message) {
        assertThatThrownBy(() -> PostgresUrl.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .message().doesNotContain("Zq7", "secret", "cret", "zz");
    }
}
