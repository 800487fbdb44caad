package dev.ingest.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

    @Test
    void names_a_file_and_a_record_number_from_one() {
        Origin origin = new Origin("data/raw/events-1.csv", 1);

        assertThat(origin.unitId()).isEqualTo("data/raw/events-1.csv");
        assertThat(origin.recordNumber()).isEqualTo(1);
        assertThat(origin).isEqualTo(new Origin("data/raw/events-1.csv", 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void record_numbers_start_at_one(long recordNumber) {
        assertThatThrownBy(() -> new Origin("f.csv", recordNumber))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recordNumber");
    }

    @Test
    void the_unit_is_required() {
        assertThatThrownBy(() -> new Origin(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("unitId");
    }

    @Test
    void a_message_has_its_position_in_the_log_and_a_file_record_none() {
        MessagePosition position = new MessagePosition("events", 2, 0);
        Origin message = new Origin("kafka://events/2/0-10", 1, position);

        assertThat(message.position()).contains(position);
        assertThat(new Origin("f.csv", 1).position()).isEmpty();
        assertThatThrownBy(() -> new MessagePosition("events", 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
