package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportSheet;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code report}, by the name users type. */
enum ReportFormat {
    TABLE(new ReportTableRenderer()),
    CSV(new ReportCsvRenderer()),
    JSON(new ReportJsonRenderer());

    private final ReportRenderer renderer;

    ReportFormat(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    String render(ReportSheet sheet) {
        return renderer.render(sheet);
    }

    String formatName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ReportFormat> fromName(String name) {
        for (ReportFormat format : values()) {
            if (format.formatName().equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
