package dev.ingest.domain.dedup;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.event.Event;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DedupPolicyTest {

    @Test
    void the_event_id_is_the_identity() {
        Event event = anEvent().withEventId("evt-5").withUserId("someone").build();

        assertThat(DedupPolicy.identity(event)).isEqualTo("evt-5");
    }

    @Test
    void the_first_occurrence_of_an_id_is_first_and_later_ones_are_not_whatever_else_differs() {
        FirstOccurrences occurrences = FirstOccurrences.within(10);

        assertThat(occurrences.isFirst(anEvent().withEventId("e1").withPrice("1").build())).isTrue();
        assertThat(occurrences.isFirst(anEvent().withEventId("e2").build())).isTrue();
        assertThat(occurrences.isFirst(anEvent().withEventId("e1").withPrice("2").build())).isFalse();
        assertThat(occurrences.isFirst(anEvent().withEventId("e1").withPrice("1").build())).isFalse();
    }

    @Test
    void a_window_tells_repeats_within_it_and_forgets_identities_of_an_earlier_window() {
        FirstOccurrences occurrences = FirstOccurrences.within(3);

        assertThat(Stream.of("x", "y", "x", "z", "w", "x", "z").map(id -> occurrences.isFirst(anEvent().withEventId(id).build())))
                .as("window x y x | z w x | z").containsExactly(true, true, false, true, true, true, true);
    }

    @Test
    void a_window_holds_at_least_one_event() {
        assertThatThrownBy(() -> FirstOccurrences.within(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_filter_remembers_only_what_it_saw() {
        Event event = anEvent().withEventId("e1").build();
        FirstOccurrences.within(10).isFirst(event);

        assertThat(FirstOccurrences.within(10).isFirst(event)).isTrue();
    }
}
