package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportSheet;
import dev.ingest.application.report.port.in.ReportSheet.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned text table: a header, a rule, then the rows, numbers right-aligned, text left-aligned; then the time the
 * report is exact as of.
 */
final class ReportTableRenderer implements ReportRenderer {

    private static final String GAP = "  ";

    @Override
    public String render(ReportSheet sheet) {
        List<Column> columns = sheet.columns();
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns.stream().map(Column::name).toList());
        for (List<Object> row : sheet.rows()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                texts.add(ReportText.cell(columns.get(i), row.get(i)));
            }
            lines.add(texts);
        }
        int[] widths = widths(lines, columns.size());
        StringBuilder out = new StringBuilder();
        appendLine(out, lines.get(0), columns, widths);
        appendLine(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), columns, widths);
        lines.stream().skip(1).forEach(line -> appendLine(out, line, columns, widths));
        if (sheet.rows().isEmpty()) {
            out.append("(no rows)").append('\n');
        }
        return out.append(ReportText.exactAsOfLine(sheet)).append('\n').toString();
    }

    private static int[] widths(List<List<String>> lines, int count) {
        int[] widths = new int[count];
        for (List<String> line : lines) {
            for (int i = 0; i < count; i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        return widths;
    }

    private static void appendLine(StringBuilder out, List<String> cells, List<Column> columns, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String padding = " ".repeat(widths[i] - width(cells.get(i)));
            line.append(i == 0 ? "" : GAP);
            line.append(columns.get(i).numeric() ? padding + cells.get(i) : cells.get(i) + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    // Code points, not chars: a product name outside the Basic Multilingual Plane still lines up.
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
