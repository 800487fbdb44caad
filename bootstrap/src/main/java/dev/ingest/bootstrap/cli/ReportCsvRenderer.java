package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportSheet;
import dev.ingest.application.report.port.in.ReportSheet.Column;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: a header of column names, CRLF line ends, fields quoted only when they must be. */
final class ReportCsvRenderer implements ReportRenderer {

    private static final String LINE_END = "\r\n";

    @Override
    public String render(ReportSheet sheet) {
        List<Column> columns = sheet.columns();
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(Column::name).map(ReportCsvRenderer::quoted).toList()))
                .append(LINE_END);
        for (List<Object> row : sheet.rows()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                fields.add(quoted(ReportText.cell(columns.get(i), row.get(i))));
            }
            out.append(String.join(",", fields)).append(LINE_END);
        }
        return out.toString();
    }

    /** The field as RFC 4180 wants it: in double quotes, inner quotes doubled, when it holds a comma, quote or line break. */
    static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
