package dev.ingest.adapter.csv.read;

import dev.ingest.domain.event.EventField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The eight columns an event file must name in its header, in any order, compared trimmed and case-insensitively;
 * other columns are ignored or make the file a mismatch, as {@link ExtraColumns} says.
 */
final class EventCsvHeader {

    /** How a column without a name (a trailing comma on the header line, say) is named where it is reported. */
    static final String UNNAMED = "(unnamed)";

    private EventCsvHeader() {
    }

    /** What a file's first line says about its columns. */
    sealed interface Reading permits Columns, Mismatch {
    }

    /**
     * The eight columns found: for each of {@link EventField#NAMES}, its position in a row of {@code width} fields, and the
     * names of the other columns, which are not read.
     */
    record Columns(int[] positions, int width, List<String> extra) implements Reading {
    }

    /**
     * Not the eight columns: every row of the file is a schema mismatch. The first line is a header, and so no record,
     * when it names at least one of the eight; otherwise it may be data and counts as a record of its own.
     */
    record Mismatch(boolean isHeader) implements Reading {
    }

    /** Reads a header's names, compared trimmed and case-insensitively, each of the eight required exactly once. */
    static Reading read(List<String> names, ExtraColumns extraColumns) {
        int[] positions = new int[EventField.NAMES.size()];
        Arrays.fill(positions, -1);
        List<String> extra = new ArrayList<>();
        boolean repeated = false;
        for (int i = 0; i < names.size(); i++) {
            int column = EventField.NAMES.indexOf(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (column < 0) {
                extra.add(names.get(i).isBlank() ? UNNAMED : names.get(i).strip());
            } else if (positions[column] >= 0) {
                repeated = true;
            } else {
                positions[column] = i;
            }
        }
        boolean namesSome = Arrays.stream(positions).anyMatch(position -> position >= 0);
        boolean namesAll = Arrays.stream(positions).allMatch(position -> position >= 0);
        if (!namesAll || repeated || !extra.isEmpty() && extraColumns == ExtraColumns.REJECT) {
            return new Mismatch(namesSome);
        }
        return new Columns(positions, names.size(), List.copyOf(extra));
    }
}
