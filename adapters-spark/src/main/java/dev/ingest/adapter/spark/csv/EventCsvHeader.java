package dev.ingest.adapter.spark.csv;

import java.util.List;
import java.util.Locale;

/** The eight columns an event file must name in its header, in any order, compared trimmed and case-insensitively. */
final class EventCsvHeader {

    static final List<String> COLUMNS = List.of(
            "event_id", "user_id", "product_id", "product_name", "category", "price", "event_type", "timestamp");

    private EventCsvHeader() {
    }

    /**
     * For each expected column in {@link #COLUMNS} order, its position in the file's header; {@code null} when the
     * header names anything other than exactly the eight columns, each once.
     */
    static int[] columnPositions(List<String> names) {
        if (names.size() != COLUMNS.size()) {
            return null;
        }
        int[] positions = new int[COLUMNS.size()];
        java.util.Arrays.fill(positions, -1);
        for (int i = 0; i < names.size(); i++) {
            int column = COLUMNS.indexOf(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (column < 0 || positions[column] >= 0) {
                return null;
            }
            positions[column] = i;
        }
        return positions;
    }
}
