package dev.ingest.application.generate.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventMixTest {

    @Test
    void parses_the_documented_form() {
        assertThat(EventMix.parse("view=0.6,add_to_cart=0.3,purchase=0.1")).isEqualTo(EventMix.DEFAULT);
    }

    @Test
    void a_type_left_out_never_happens() {
        assertThat(EventMix.parse("VIEW = 0.5, purchase=0.5")).isEqualTo(new EventMix(0.5, 0, 0.5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "view=0.6,click=0.4|unknown event type 'click' in --mix (expected view, add_to_cart, purchase)",
            "view=0.6,add_to_cart=0.3|the shares of --mix must add up to 1, they add up to 0.9",
            "view=1.5,purchase=-0.5|each share of --mix must be between 0 and 1",
            "view=lots|'lots' in --mix is not a number",
            "view|--mix expects type=share pairs separated by commas, got 'view'"})
    void refuses(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> EventMix.parse(text)).withMessage(message);
    }
}
