package dev.ingest.adapter.postgres.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransientFailuresTest {

    @ParameterizedTest
    @CsvSource({
            "08001, true", "08006, true", "53300, true", "53100, true", "57P01, true", "57P03, true", "40001, true",
            "40P01, true",
            "23505, false", "23514, false", "22001, false", "42P01, false", "57014, false"})
    void retries_connection_resource_shutdown_serialization_and_deadlock_states_only(String sqlState, boolean retried) {
        SQLException failure = new SQLException("boom", sqlState);

        assertThat(TransientFailures.isTransient(failure)).isEqualTo(retried);
        assertThat(TransientFailures.isTransient(new RuntimeException("wrapped", failure))).isEqualTo(retried);
    }

    @Test
    void a_refused_connection_deep_in_the_causes_is_transient() {
        assertThat(TransientFailures.isTransient(new IOException("io", new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void failures_without_a_state_are_not_retried() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("files do not add up"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
    }

    @Test
    void the_root_cause_comes_on_one_line() {
        Throwable failure = new RuntimeException("outer", new SQLException("first line\n  second line"));

        assertThat(TransientFailures.rootCause(failure)).isEqualTo("first line second line");
    }
}
