package dev.ingest.adapter.postgres;

import dev.ingest.domain.reason.ReasonCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** The ledger's text form of quarantine counts by reason: {@code INVALID_PRICE=2;MISSING_USER_ID=1}, in code order. */
final class ReasonCounts {

    private ReasonCounts() {
    }

    static String format(Map<ReasonCode, Long> counts) {
        StringJoiner text = new StringJoiner(";");
        Map<ReasonCode, Long> inCodeOrder = new EnumMap<>(ReasonCode.class);
        inCodeOrder.putAll(counts);
        inCodeOrder.forEach((reason, count) -> text.add(reason.name() + "=" + count));
        return text.toString();
    }

    static Map<ReasonCode, Long> parse(String text) {
        Map<ReasonCode, Long> counts = new EnumMap<>(ReasonCode.class);
        if (text == null || text.isEmpty()) {
            return counts;
        }
        for (String entry : text.split(";")) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("unreadable quarantine count in the ledger: " + entry);
            }
            counts.put(ReasonCode.valueOf(entry.substring(0, equals)), Long.parseLong(entry.substring(equals + 1)));
        }
        return counts;
    }
}
