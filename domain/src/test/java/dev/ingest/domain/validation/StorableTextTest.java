package dev.ingest.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class StorableTextTest {

    static final String[] UNSTORABLE = InvalidCharactersTest.UNSTORABLE;

    @ParameterizedTest
    @FieldSource("UNSTORABLE")
    void nul_the_decoders_mark_and_lone_surrogates_are_not_storable(String text) {
        assertThat(StorableText.isStorable(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Caf\u00E9", "smile \uD83D\uDE00", "bell\u0007inside", "\u00A0"})
    void other_text_including_valid_pairs_and_controls_is_storable(String text) {
        assertThat(StorableText.isStorable(text)).isTrue();
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_for_the_same_reason_as_unstorable_text() {
        Origin origin = new Origin("kafka://events/0/0-1", 1);

        assertThat(StorableText.notUtf8("base64:wyg=", origin))
                .isEqualTo(new UnreadableRecord("base64:wyg=", ReasonCode.INVALID_CHARACTERS, origin));
    }
}
