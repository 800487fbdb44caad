package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link GeneratorSink} promises the generator, run against the in-memory fake and each real adapter. */
public abstract class GeneratorSinkContract {

    private static final Instant OPENED = Instant.parse("2025-03-01T10:15:30.042Z");
    private static final GeneratedRecord PLAIN = GeneratedRecord.of("id-1", "user_1", "BOOK-001", "Atlas", "Books",
            "9.99", "view", "2025-03-01 10:15:30.042");
    private static final GeneratedRecord AWKWARD = GeneratedRecord.of("id-2", "user_2", "HOME-001",
            "Pan, \"Deluxe\"\n28 cm", " Home & Kitchen ", "19.99", "add_to_cart", "2025-03-01 10:15:30.043");

    /** The sink under test, empty when the test starts. */
    protected abstract GeneratorSink sink();

    /** The name of every file the sink holds, whole or not, in any order. */
    protected abstract List<String> names();

    /** The records of the file held under this name, as a reader gets them back. */
    protected abstract List<GeneratedRecord> recordsOf(String name);

    @Test
    void a_landed_file_is_held_whole_under_the_name_returned_with_its_records_in_order() {
        String name = sink().land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(PLAIN, AWKWARD, PLAIN)));

        assertThat(names()).containsExactly(name);
        assertThat(recordsOf(name)).containsExactly(PLAIN, AWKWARD, PLAIN);
    }

    @Test
    void a_record_lands_exactly_as_made_even_malformed_blank_or_unstorable() {
        GeneratedRecord surplus = new GeneratedRecord(List.of("id-3", "user_3", "", "   ", "é✓ \uD83D\uDE00", "0.00",
                "click", "2024-02-30 12:00:00.000", "surplus"));
        GeneratedRecord tooFew = GeneratedRecord.of("id-4", "user_4", "SPRT-001", "Y\u0000oga Mat", "Sports", "$15.00",
                "purchase");

        String name = sink().land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(surplus, tooFew)));

        assertThat(recordsOf(name)).containsExactly(surplus, tooFew);
    }

    @Test
    void each_file_of_a_generator_gets_a_name_of_its_own() {
        String first = sink().land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(PLAIN)));
        String second = sink().land(new GeneratedFile("0a1b2c3d", 2, OPENED, List.of(AWKWARD)));

        assertThat(names()).containsExactlyInAnyOrder(first, second).doesNotHaveDuplicates();
        assertThat(recordsOf(first)).containsExactly(PLAIN);
        assertThat(recordsOf(second)).containsExactly(AWKWARD);
    }

    @Test
    void two_generators_landing_the_same_sequence_at_the_same_time_never_collide() {
        String mine = sink().land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(PLAIN)));
        String theirs = sink().land(new GeneratedFile("ffff0000", 1, OPENED, List.of(AWKWARD)));

        assertThat(names()).containsExactlyInAnyOrder(mine, theirs).doesNotHaveDuplicates();
        assertThat(recordsOf(mine)).containsExactly(PLAIN);
        assertThat(recordsOf(theirs)).containsExactly(AWKWARD);
    }

    @Test
    void a_name_landed_before_is_refused_and_its_file_left_as_it_was() {
        String name = sink().land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(PLAIN)));

        assertThatThrownBy(() -> sink().land(new GeneratedFile("0a1b2c3d", 1, OPENED, List.of(AWKWARD))))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(names()).containsExactly(name);
        assertThat(recordsOf(name)).containsExactly(PLAIN);
    }
}
