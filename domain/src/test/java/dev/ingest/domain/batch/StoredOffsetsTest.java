package dev.ingest.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredOffsetsTest {

    private static OffsetRange range(int partition, long from, long until) {
        return new OffsetRange("events", partition, from, until);
    }

    @Test
    void a_planned_range_loses_every_stored_stretch_inside_it() {
        StoredOffsets stored = StoredOffsets.of(List.of(range(0, 0, 100), range(0, 150, 160), range(0, 160, 200)));

        assertThat(stored.unstored(range(0, 0, 100))).isEmpty();
        assertThat(stored.unstored(range(0, 10, 90))).isEmpty();
        assertThat(stored.unstored(range(0, 50, 300))).containsExactly(range(0, 100, 150), range(0, 200, 300));
        assertThat(stored.unstored(range(0, 120, 155))).containsExactly(range(0, 120, 150));
        assertThat(stored.unstored(range(1, 0, 100))).containsExactly(range(1, 0, 100));
        assertThat(stored.unstored(new OffsetRange("orders", 0, 0, 10))).containsExactly(
                new OffsetRange("orders", 0, 0, 10));
    }

    @Test
    void adjacent_and_overlapping_ranges_merge_into_one_stretch() {
        StoredOffsets stored = StoredOffsets.of(List.of(range(0, 100, 200), range(0, 0, 100), range(0, 300, 400),
                range(0, 150, 350)));

        assertThat(stored.unstored(range(0, 0, 500))).containsExactly(range(0, 400, 500));
    }

    @Test
    void a_hole_shows_before_a_start_that_does_not_follow_what_was_stored() {
        StoredOffsets stored = StoredOffsets.of(List.of(range(0, 0, 100), range(0, 150, 200)));

        assertThat(stored.unstoredBefore("events", 0, 100)).isEmpty();
        assertThat(stored.unstoredBefore("events", 0, 50)).isEmpty();
        assertThat(stored.unstoredBefore("events", 0, 120)).hasValue(100);
        assertThat(stored.unstoredBefore("events", 0, 250)).hasValue(200);
        assertThat(stored.unstoredBefore("events", 1, 250)).isEmpty();
        assertThat(stored.anyBelow("events", 0, 0)).isFalse();
        assertThat(stored.anyBelow("events", 0, 1)).isTrue();
        assertThat(stored.anyBelow("events", 1, 1000)).isFalse();
    }

    @Test
    void the_offsets_between_two_bounds_that_no_run_holds_are_the_holes() {
        TopicPartitionKey events0 = new TopicPartitionKey("events", 0);
        StoredOffsets stored = StoredOffsets.of(List.of(range(0, 2, 5), range(0, 7, 9)));

        assertThat(stored.unstored(events0, 0, 12)).containsExactly(range(0, 0, 2), range(0, 5, 7), range(0, 9, 12));
        assertThat(stored.unstored(events0, 3, 8)).containsExactly(range(0, 5, 7));
        assertThat(stored.unstored(events0, 0, 0)).isEmpty();
        assertThat(stored.unstored(events0, 5, 3)).isEmpty();
        assertThat(stored.unstored(new TopicPartitionKey("events", 1), 0, 4)).containsExactly(range(1, 0, 4));
    }

    @Test
    void the_end_is_the_offset_after_the_last_stored_one() {
        StoredOffsets stored = StoredOffsets.of(List.of(range(0, 7, 9), range(0, 2, 5)));

        assertThat(stored.end(new TopicPartitionKey("events", 0))).isEqualTo(9);
        assertThat(stored.end(new TopicPartitionKey("events", 1))).isZero();
    }
}
