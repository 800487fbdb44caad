package dev.ingest.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetRangeTest {

    @Test
    void an_id_names_the_range_and_reads_back_as_it() {
        OffsetRange range = new OffsetRange("shop.events_v2-eu", 3, 100, 250);

        assertThat(range.id()).isEqualTo("kafka://shop.events_v2-eu/3/100-250");
        assertThat(OffsetRange.fromId(range.id())).contains(range);
        assertThat(range.span()).isEqualTo(150);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:/data/raw/a.csv", "kafka://events/3/100", "kafka://events/x/1-2",
            "kafka://ev ents/0/1-2", "kafka://events/0/5-5", "kafka://events/0/-1-2"})
    void ids_of_files_and_broken_ids_name_no_range(String id) {
        assertThat(OffsetRange.fromId(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "ev ents", "a,b", "événements"})
    void topic_names_are_letters_digits_dots_underscores_and_dashes(String name) {
        assertThat(OffsetRange.isTopicName(name)).isFalse();
        assertThat(OffsetRange.isTopicName("shop.events_v2-EU")).isTrue();
        assertThat(OffsetRange.isTopicName("t".repeat(249))).isTrue();
        assertThat(OffsetRange.isTopicName("t".repeat(250))).isFalse();
    }

    @Test
    void a_range_spans_at_least_one_offset_of_a_real_topic() {
        assertThatThrownBy(() -> new OffsetRange("events", 0, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OffsetRange("events", -1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OffsetRange("a/b", 0, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ranges_overlap_only_within_one_topic_partition() {
        OffsetRange range = new OffsetRange("events", 0, 10, 20);

        assertThat(range.overlaps(new OffsetRange("events", 0, 19, 30))).isTrue();
        assertThat(range.overlaps(new OffsetRange("events", 0, 0, 11))).isTrue();
        assertThat(range.overlaps(new OffsetRange("events", 0, 20, 30))).isFalse();
        assertThat(range.overlaps(new OffsetRange("events", 0, 0, 10))).isFalse();
        assertThat(range.overlaps(new OffsetRange("events", 1, 10, 20))).isFalse();
        assertThat(range.overlaps(new OffsetRange("orders", 0, 10, 20))).isFalse();
    }
}
