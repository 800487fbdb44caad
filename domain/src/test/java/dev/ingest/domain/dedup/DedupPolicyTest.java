package dev.ingest.domain.dedup;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Event;
import org.junit.jupiter.api.Test;

class DedupPolicyTest {

    @Test
    void the_event_id_is_the_identity() {
        Event event = anEvent().withEventId("evt-5").withUserId("someone").build();

        assertThat(DedupPolicy.identity(event)).isEqualTo("evt-5");
    }

    @Test
    void the_first_occurrence_of_an_id_is_first_and_later_ones_are_not_whatever_else_differs() {
        FirstOccurrences occurrences = new FirstOccurrences();

        assertThat(occurrences.isFirst(anEvent().withEventId("e1").withPrice("1").build())).isTrue();
        assertThat(occurrences.isFirst(anEvent().withEventId("e2").build())).isTrue();
        assertThat(occurrences.isFirst(anEvent().withEventId("e1").withPrice("2").build())).isFalse();
        assertThat(occurrences.isFirst(anEvent().withEventId("e1").withPrice("1").build())).isFalse();
    }

    @Test
    void each_filter_remembers_only_what_it_saw() {
        Event event = anEvent().withEventId("e1").build();
        new FirstOccurrences().isFirst(event);

        assertThat(new FirstOccurrences().isFirst(event)).isTrue();
    }
}
