package dev.ingest.bootstrap.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report laid out as named columns and rows of cells, ready for any output format. A cell is a {@code String},
 * a {@code Long}, a {@code BigDecimal}, a {@code LocalDateTime} or {@code null} (no value).
 */
record ReportSheet(List<Column> columns, List<List<Object>> rows, Instant exactAsOf) {

    private static final DateTimeFormatter READABLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * One column: numbers are right-aligned in tables and numbers in JSON; {@code absent} is what text formats show
     * for a missing value (JSON shows {@code null}).
     */
    record Column(String name, boolean numeric, String absent) {
        Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(absent, "absent");
        }

        static Column text(String name) {
            return new Column(name, false, "");
        }

        static Column number(String name) {
            return new Column(name, true, "");
        }

        Column absentAs(String shown) {
            return new Column(name, numeric, shown);
        }
    }

    ReportSheet {
        columns = List.copyOf(columns);
        Objects.requireNonNull(exactAsOf, "exactAsOf");
        // Cells may be null (no value), which List.copyOf refuses.
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The line that says how fresh the report is, for a reader. */
    String exactAsOfLine() {
        return "exact as of " + READABLE_TIME.format(LocalDateTime.ofInstant(exactAsOf, ZoneOffset.UTC))
                + " UTC: events committed since are not counted yet";
    }

    /** How a text format (table, CSV) writes a cell of the given column. */
    static String text(Column column, Object cell) {
        if (cell == null) {
            return column.absent();
        }
        if (cell instanceof LocalDateTime time) {
            return READABLE_TIME.format(time);
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return cell.toString();
    }
}
