package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class RuntimeFailureHandlerTest {

    @Test
    void keeps_the_outermost_message_of_its_own_rather_than_the_root_cause() {
        Exception failure = new IllegalStateException("PostgreSQL at db:5432/events unavailable for more than 120 s",
                new IOException("Connection refused"));

        assertThat(RuntimeFailureHandler.oneLine(failure))
                .isEqualTo("PostgreSQL at db:5432/events unavailable for more than 120 s");
    }

    @Test
    void skips_wrappers_that_only_repeat_their_cause() {
        IOException cause = new IOException("disk full");
        Exception failure = new ExecutionException(new UncheckedIOException(cause));

        assertThat(RuntimeFailureHandler.oneLine(failure)).isEqualTo("disk full");
    }

    @Test
    void keeps_only_the_first_line_and_names_the_type_when_there_is_no_message() {
        assertThat(RuntimeFailureHandler.oneLine(new RuntimeException("ERROR: relation x does not exist\n  Position: 15")))
                .isEqualTo("ERROR: relation x does not exist");
        assertThat(RuntimeFailureHandler.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
