package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportKind;
import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.application.report.port.in.ReportSheet;
import dev.ingest.application.report.port.in.RunReportCommand;
import dev.ingest.application.report.port.in.RunReportUseCase;
import dev.ingest.bootstrap.wiring.Database;
import dev.ingest.bootstrap.wiring.Reporting;
import dev.ingest.domain.report.ReportQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest report}: runs one report over the stored events and prints it as a table, CSV or JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a report over the stored events (times are UTC; --from is inclusive, --to exclusive).")
public final class ReportCli implements Callable<Integer> {

    // Someone is waiting at a terminal: give a down database a few retries, not the stream's two minutes.
    private static final Duration INTERACTIVE_RETRY_DEADLINE = Duration.ofSeconds(15);

    @Parameters(index = "0", paramLabel = "REPORT", converter = ReportOptionConverters.Kind.class,
            description = "summary, hourly, funnel, top-products or recent.")
    ReportKind kind;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N rows: hourly (default all), top-products (default 10), recent (default 20).")
    Integer limit;

    @Option(names = "--from", paramLabel = "T", converter = ReportOptionConverters.Time.class,
            description = "Only events at or after T: yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601.")
    LocalDateTime from;

    @Option(names = "--to", paramLabel = "T", converter = ReportOptionConverters.Time.class,
            description = "Only events before T: yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601.")
    LocalDateTime to;

    @Option(names = "--category", paramLabel = "C",
            description = "Only category C (summary, funnel, top-products, recent).")
    String category;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = ReportOptionConverters.Format.class,
            description = "table (default), csv or json.")
    ReportFormat format;

    @Mixin
    DatabaseOptions databaseOptions;

    @Spec
    CommandSpec spec;

    private final RunReportUseCase reports;

    public ReportCli() {
        this.reports = this::runOnDatabase;
    }

    /** For tests: runs reports with the given use case instead of connecting to a database. */
    ReportCli(RunReportUseCase reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() {
        RunReportCommand command = command();
        ReportSheet sheet = ReportSheet.of(reports.run(command));
        spec.commandLine().getOut().print(format.render(sheet));
        spec.commandLine().getOut().flush();
        if (format == ReportFormat.CSV) {
            // CSV has no place for it; a reader at a terminal still sees it.
            spec.commandLine().getErr().println(ReportText.exactAsOfLine(sheet));
        }
        return 0;
    }

    private RunReportCommand command() {
        try {
            ReportQuery query = new ReportQuery(Optional.ofNullable(from), Optional.ofNullable(to),
                    Optional.ofNullable(category), limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
            return new RunReportCommand(kind, query);
        } catch (IllegalArgumentException bad) {
            throw new ParameterException(spec.commandLine(), bad.getMessage(), bad);
        }
    }

    private ReportResult runOnDatabase(RunReportCommand command) {
        try (Database database = databaseOptions.open(System.getenv(), INTERACTIVE_RETRY_DEADLINE)) {
            // Whatever is committed by now and no running transaction can still precede is counted.
            Reporting.catchUp(database).catchUp();
            return Reporting.on(database).run(command);
        }
    }
}
