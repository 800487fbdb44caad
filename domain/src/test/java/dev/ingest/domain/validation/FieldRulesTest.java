package dev.ingest.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.EventField;
import dev.ingest.domain.reason.ReasonCode;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FieldRulesTest {

    @ParameterizedTest
    @EnumSource(EventField.class)
    void a_missing_field_is_refused_for_the_reason_that_names_it_and_the_reason_names_it_back(EventField field) {
        ReasonCode reason = FieldRules.whenMissing(field);

        assertThat(reason.name()).isEqualTo("MISSING_" + field.name());
        assertThat(FieldRules.missingField(reason)).contains(field);
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = "MISSING_.*", mode = EnumSource.Mode.MATCH_NONE)
    void other_reasons_name_no_missing_field(ReasonCode reason) {
        assertThat(FieldRules.missingField(reason)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"EVENT_ID, 50", "USER_ID, 50", "PRODUCT_ID, 50", "PRODUCT_NAME, 255", "CATEGORY, 100", "PRICE,",
            "EVENT_TYPE,", "TIMESTAMP,"})
    void text_fields_have_their_columns_length_and_the_others_none(EventField field, Integer max) {
        assertThat(FieldRules.maxLength(field)).isEqualTo(max == null ? OptionalInt.empty() : OptionalInt.of(max));
    }
}
