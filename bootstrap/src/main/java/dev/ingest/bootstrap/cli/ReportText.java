package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportSheet;
import dev.ingest.application.report.port.in.ReportSheet.Column;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the text formats (table, CSV) write a report's cells, and the line that says how fresh it is. */
final class ReportText {

    private static final DateTimeFormatter READABLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReportText() {
    }

    /** The line that says how fresh the report is, for a reader. */
    static String exactAsOfLine(ReportSheet sheet) {
        return "exact as of " + READABLE_TIME.format(LocalDateTime.ofInstant(sheet.exactAsOf(), ZoneOffset.UTC))
                + " UTC: events committed since are not counted yet";
    }

    /** A cell of the given column as text. */
    static String cell(Column column, Object cell) {
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
