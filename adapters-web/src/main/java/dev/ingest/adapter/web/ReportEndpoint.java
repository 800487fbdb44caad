package dev.ingest.adapter.web;

import dev.ingest.application.report.port.in.ReportKind;
import dev.ingest.application.report.port.in.RunReportCommand;
import dev.ingest.application.report.port.in.RunReportUseCase;
import dev.ingest.domain.report.ReportQuery;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code /api/<report>}: one report with the filters of {@code ingest report} ({@code from}, {@code to},
 * {@code category}, {@code limit}), through the same use case, as the same JSON as {@code --format json}.
 */
final class ReportEndpoint implements ApiEndpoint {

    static final Set<String> PARAMETERS = Set.of("from", "to", "category", "limit");

    private final ReportKind kind;
    private final RunReportUseCase reports;

    ReportEndpoint(ReportKind kind, RunReportUseCase reports) {
        this.kind = kind;
        this.reports = reports;
    }

    @Override
    public Object respond(URI request) {
        return ReportJson.report(reports.run(command(QueryParameters.of(request, PARAMETERS))));
    }

    private RunReportCommand command(QueryParameters parameters) {
        Optional<LocalDateTime> from = parameters.time("from");
        Optional<LocalDateTime> to = parameters.time("to");
        Optional<String> category = parameters.text("category");
        OptionalInt limit = parameters.count("limit");
        try {
            return new RunReportCommand(kind, new ReportQuery(from, to, category, limit));
        } catch (IllegalArgumentException refused) {
            throw new BadRequestException(refused.getMessage());
        }
    }
}
