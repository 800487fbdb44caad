package dev.ingest.domain.validation;

import dev.ingest.domain.reason.ReasonCode;
import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reason code has a record that earns it; a new code without an example fails here. */
class ReasonCodeCoverageTest {

    private static final Origin ORIGIN = new Origin("events-0001.csv", 7);
    private static final Map<ReasonCode, RawRecord> EXAMPLES = new EnumMap<>(ReasonCode.class);

    static {
        EXAMPLES.put(ReasonCode.MISSING_EVENT_ID, aRawEvent().withEventId(null).build());
        EXAMPLES.put(ReasonCode.MISSING_USER_ID, aRawEvent().withUserId("").build());
        EXAMPLES.put(ReasonCode.MISSING_PRODUCT_ID, aRawEvent().withProductId("  ").build());
        EXAMPLES.put(ReasonCode.MISSING_PRODUCT_NAME, aRawEvent().withProductName(null).build());
        EXAMPLES.put(ReasonCode.MISSING_CATEGORY, aRawEvent().withCategory("\t").build());
        EXAMPLES.put(ReasonCode.MISSING_PRICE, aRawEvent().withPrice(null).build());
        EXAMPLES.put(ReasonCode.MISSING_EVENT_TYPE, aRawEvent().withEventType("").build());
        EXAMPLES.put(ReasonCode.MISSING_TIMESTAMP, aRawEvent().withTimestamp(" ").build());
        EXAMPLES.put(ReasonCode.INVALID_PRICE, aRawEvent().withPrice("$12").build());
        EXAMPLES.put(ReasonCode.NON_POSITIVE_PRICE, aRawEvent().withPrice("-3").build());
        EXAMPLES.put(ReasonCode.PRICE_OUT_OF_RANGE, aRawEvent().withPrice("100000000.00").build());
        EXAMPLES.put(ReasonCode.INVALID_EVENT_TYPE, aRawEvent().withEventType("refund").build());
        EXAMPLES.put(ReasonCode.INVALID_TIMESTAMP, aRawEvent().withTimestamp("2024-02-30 00:00:00").build());
        EXAMPLES.put(ReasonCode.FIELD_TOO_LONG, aRawEvent().withCategory("c".repeat(101)).build());
        EXAMPLES.put(ReasonCode.INVALID_CHARACTERS, aRawEvent().withUserId("u\u0000").build());
        EXAMPLES.put(ReasonCode.MALFORMED_RECORD,
                new UnreadableRecord("evt-1,u,p,\"unclosed", ReasonCode.MALFORMED_RECORD, ORIGIN));
        EXAMPLES.put(ReasonCode.SCHEMA_MISMATCH,
                new UnreadableRecord("a,b,c", ReasonCode.SCHEMA_MISMATCH, ORIGIN));
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void every_reason_code_is_earned_by_some_record(ReasonCode code) {
        assertThat(EXAMPLES).containsKey(code);

        assertThat(rejectionOf(EXAMPLES.get(code)).reasons()).containsExactly(code);
    }

    /** The pipeline's decision, as the partition run makes it: the reader's reason, or the validator's. */
    private static Rejection rejectionOf(RawRecord record) {
        if (record instanceof UnreadableRecord unreadable) {
            return new Rejection(unreadable, Set.of(unreadable.reason()));
        }
        Verdict verdict = EventValidator.standard().validate((RawEvent) record);
        assertThat(verdict).isInstanceOf(Verdict.Invalid.class);
        return new Rejection(record, ((Verdict.Invalid) verdict).reasons());
    }
}
