package dev.ingest.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

    @Test
    void the_codes_are_the_three_the_table_allows() {
        assertThat(EventType.values()).extracting(EventType::code)
                .containsExactly("view", "add_to_cart", "purchase");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void a_code_matches_its_type_in_any_ascii_case(EventType type) {
        assertThat(EventType.fromCode(type.code())).contains(type);
        assertThat(EventType.fromCode(type.code().toUpperCase(Locale.ROOT))).contains(type);
    }

    @Test
    void null_and_unknown_text_match_nothing() {
        assertThat(EventType.fromCode(null)).isEmpty();
        assertThat(EventType.fromCode("")).isEmpty();
        assertThat(EventType.fromCode("VIEWS")).isEmpty();
    }
}
