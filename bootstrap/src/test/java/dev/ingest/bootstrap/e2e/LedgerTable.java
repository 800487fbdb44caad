package dev.ingest.bootstrap.e2e;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;

/** The ledger table {@code ingestion_batches} as plain rows, read with SQL independently of the product's adapter. */
final class LedgerTable {

    private LedgerTable() {
    }

    record Row(String streamId, long batchId, long recordsIn, long stored, long duplicates, long quarantined,
            String quarantinedByReason) {

        /** The reason counts, stored as e.g. {@code INVALID_PRICE=2;MISSING_USER_ID=1}. */
        Map<String, Long> reasons() {
            Map<String, Long> reasons = new TreeMap<>();
            for (String entry : quarantinedByReason.split(";")) {
                if (!entry.isEmpty()) {
                    String[] reasonAndCount = entry.split("=");
                    reasons.put(reasonAndCount[0], Long.parseLong(reasonAndCount[1]));
                }
            }
            return reasons;
        }
    }

    record Totals(long batches, long recordsIn, long stored, long duplicates, long quarantined) {

        static Totals of(List<Row> rows) {
            return new Totals(rows.size(),
                    rows.stream().mapToLong(Row::recordsIn).sum(),
                    rows.stream().mapToLong(Row::stored).sum(),
                    rows.stream().mapToLong(Row::duplicates).sum(),
                    rows.stream().mapToLong(Row::quarantined).sum());
        }
    }

    static List<Row> all(DSLContext dsl) {
        return dsl.fetch("SELECT stream_id, batch_id, records_in, stored, duplicates, quarantined, quarantined_by_reason"
                        + " FROM ingestion_batches ORDER BY stream_id, batch_id")
                .map(r -> new Row(r.get(0, String.class), r.get(1, Long.class), r.get(2, Long.class),
                        r.get(3, Long.class), r.get(4, Long.class), r.get(5, Long.class), r.get(6, String.class)));
    }

    static Totals totals(DSLContext dsl) {
        return Totals.of(all(dsl));
    }

    static long storedEvents(DSLContext dsl) {
        return dsl.fetchOne("SELECT count(*) FROM user_events").get(0, Long.class);
    }
}
