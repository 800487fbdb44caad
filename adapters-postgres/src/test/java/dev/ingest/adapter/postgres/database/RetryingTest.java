package dev.ingest.adapter.postgres.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryingTest {

    private static final DatabaseSettings SETTINGS = DatabaseSettings.of("db.example", 6543, "shop", "ingest",
            "pa55word");

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void rides_out_transient_failures_and_returns_the_result() {
        Retrying retrying = new Retrying(SETTINGS.withRetryDeadline(Duration.ofMinutes(1)));

        String result = retrying.call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new SQLTransientConnectionException("Connection refused", "08001");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(retrying.retries()).isEqualTo(2);
    }

    @Test
    void does_not_retry_a_data_error() {
        Retrying retrying = new Retrying(SETTINGS.withRetryDeadline(Duration.ofMinutes(1)));

        assertThatThrownBy(() -> retrying.call(() -> {
            attempts.incrementAndGet();
            throw new SQLException("value too long for type character varying(50)", "22001");
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("database operation failed on db.example:6543/shop: "
                        + "value too long for type character varying(50)");
        assertThat(attempts).hasValue(1);
        assertThat(retrying.retries()).isZero();
    }

    @Test
    void past_the_deadline_fails_with_one_line_naming_the_server_but_not_the_password() {
        Retrying retrying = new Retrying(SETTINGS.withRetryDeadline(Duration.ofMillis(500)));

        assertThatThrownBy(() -> retrying.call(() -> {
            attempts.incrementAndGet();
            throw new SQLException("Connection to db.example:6543 refused.\nCheck that the hostname is right.",
                    "08001");
        })).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("PostgreSQL at db.example:6543/shop unavailable for more than 500 ms: "
                        + "Connection to db.example:6543 refused. Check that the hostname is right.");
        assertThat(attempts.get()).isGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 150, 200})
    void a_deadline_too_short_to_wait_allows_exactly_one_attempt(long deadlineMillis) {
        Retrying retrying = new Retrying(SETTINGS.withRetryDeadline(Duration.ofMillis(deadlineMillis)));

        assertThatThrownBy(() -> retrying.call(() -> {
            attempts.incrementAndGet();
            throw new SQLException("the database system is starting up", "57P03");
        })).isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("db.example:6543/shop");
        assertThat(attempts).hasValue(1);
    }
}
