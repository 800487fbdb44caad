package dev.ingest.domain.dedup;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DedupPolicyTest {

    @Test
    void the_event_id_is_the_identity() {
        Event event = anEvent().withEventId("evt-5").withUserId("someone").build();

        assertThat(DedupPolicy.identity(event)).isEqualTo("evt-5");
    }

    @Test
    void occurrences_are_ordered_by_file_name_then_record_number() {
        List<Origin> origins = new ArrayList<>(List.of(
                new Origin("b.csv", 1), new Origin("a.csv", 10), new Origin("a.csv", 2), new Origin("a.csv", 1)));

        origins.sort(DedupPolicy.FIRST_OCCURRENCE);

        assertThat(origins).containsExactly(new Origin("a.csv", 1), new Origin("a.csv", 2), new Origin("a.csv", 10),
                new Origin("b.csv", 1));
    }

    @Test
    void the_first_occurrence_of_each_id_is_kept_and_later_ones_dropped() {
        Event first = anEvent().withEventId("e1").withPrice("1").build();
        Event other = anEvent().withEventId("e2").build();
        Event repeat = anEvent().withEventId("e1").withPrice("2").build();

        List<Event> kept = DedupPolicy.firstOccurrences(List.of(first, other, repeat), DedupPolicy::identity,
                id -> false);

        assertThat(kept).containsExactly(first, other);
    }

    @Test
    void ids_stored_in_an_earlier_batch_are_duplicates_and_the_rest_still_kept() {
        Set<String> storedEarlier = Set.of("old");
        List<String> ids = List.of("new-1", "old", "new-2", "new-1");

        assertThat(DedupPolicy.firstOccurrences(ids, Function.identity(), storedEarlier::contains))
                .containsExactly("new-1", "new-2");
    }

    @Test
    void nothing_in_means_nothing_kept() {
        assertThat(DedupPolicy.firstOccurrences(List.<String>of(), Function.identity(), id -> false)).isEmpty();
    }
}
