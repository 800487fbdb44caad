package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.FolderUris;
import dev.ingest.adapter.spark.StreamSettings;
import dev.ingest.application.generate.port.in.EventMix;
import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.in.GenerationStop;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.report.port.in.ReportKind;
import dev.ingest.application.report.port.in.ReportSheet;
import dev.ingest.application.report.port.in.RunReportCommand;
import dev.ingest.application.report.port.in.RunReportUseCase;
import dev.ingest.bootstrap.wiring.ClusterReach;
import dev.ingest.bootstrap.wiring.Dashboard;
import dev.ingest.bootstrap.wiring.Database;
import dev.ingest.bootstrap.wiring.EventGenerator;
import dev.ingest.bootstrap.wiring.Reporting;
import dev.ingest.bootstrap.wiring.Storage;
import dev.ingest.bootstrap.wiring.StreamingPipeline;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.generation.GenerationSummary;
import dev.ingest.domain.report.ReportQuery;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import dev.ingest.adapter.spark.source.AfterIngest;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ingest demo}: the whole pipeline in one process. Migrates, starts the stream, generates events (some invalid
 * and some repeated on purpose), waits until every one is accounted for, then prints the account and two reports.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate events, stream them into PostgreSQL and print the account and the reports.")
public final class DemoCli implements Callable<Integer> {

    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = "--events-per-second", paramLabel = "N", defaultValue = "100",
            description = "Generator rate (default: ${DEFAULT-VALUE}).")
    double eventsPerSecond;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30", converter = DurationConverter.class,
            description = "How long to generate (default: ${DEFAULT-VALUE} s).")
    Duration duration;

    @Option(names = "--invalid-ratio", paramLabel = "R", defaultValue = "0.02",
            description = "Share of records made invalid on purpose (default: ${DEFAULT-VALUE}).")
    double invalidRatio;

    @Option(names = "--duplicate-ratio", paramLabel = "R", defaultValue = "0.01",
            description = "Share of records repeating an earlier event id (default: ${DEFAULT-VALUE}).")
    double duplicateRatio;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "data/demo", converter = LocationConverter.class,
            description = "Each run gets its own landing, error, archive and checkpoint folders here, a path or a URI "
                    + "(default: ${DEFAULT-VALUE}).")
    URI workDir;


    @Option(names = "--dashboard",
            description = "Also serve the dashboard (on 127.0.0.1), and keep it up after the account until Ctrl-C.")
    boolean dashboard;

    @Option(names = "--dashboard-port", paramLabel = "PORT", defaultValue = "" + DashboardCli.DEFAULT_PORT,
            description = "The dashboard's port with --dashboard, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int dashboardPort;

    @Mixin
    StreamOptions streamOptions;

    @Mixin
    DatabaseOptions databaseOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        UserInput.check(spec, () -> DashboardOptions.check(DashboardCli.DEFAULT_HOST, dashboardPort));
        URI run = Storage.child(workDir, LocalDateTime.now().format(RUN_NAME));
        GenerateEventsCommand generation = generation();
        StreamSettings settings = UserInput.check(spec, () -> streamOptions.settings(Storage.child(run, "raw"),
                Storage.child(run, "checkpoint"), AfterIngest.ARCHIVE, Optional.of(Storage.child(run, "archive")), false));
        Optional<InetSocketAddress> prometheus = UserInput.check(spec, streamOptions::prometheusEndpoint);
        try (Database database = databaseOptions.open(System.getenv())) {
            UserInput.check(spec, () -> {
                ClusterReach.check(settings, database.settings(), database.embedded());
                return settings;
            });
            database.migrate();
            out.println("Demo run in " + FolderUris.shown(run) + ", database " + database.settings().location()
                    + (database.embedded() ? " (embedded)" : ""));
            out.flush();
            // Served by daemon threads: a demo that fails ends the JVM, and the page with it.
            Dashboard page = dashboard
                    ? DashboardOptions.start(spec, database, DashboardCli.DEFAULT_HOST, dashboardPort) : null;
            GenerationSummary generated;
            BatchOutcome ingested;
            try (StreamingPipeline pipeline = StreamingPipeline.create(settings, streamOptions.extraColumns,
                    streamOptions.sparkConf, database.settings(), Storage.child(run, "error"), streamOptions.metricsLog,
                    System.out, prometheus)) {
                pipeline.prometheusAddress().ifPresent(address -> {
                    out.println(StreamOptions.prometheusLine(address));
                    out.flush();
                });
                DemoStreamRunner stream = DemoStreamRunner.start(pipeline);
                try (EventGenerator generator = EventGenerator.into(Storage.child(run, "raw"),
                        GenerationProgress.silent())) {
                    generated = generator.generate(generation);
                }
                ingested = stream.awaitRecords(generated.events(), duration.plusMinutes(2));
            }
            DemoAccount.print(out, generated, ingested);
            printReports(out, database);
            out.println("Metrics log: " + streamOptions.metricsLog.toAbsolutePath());
            out.println("Quarantine:  " + FolderUris.shown(Storage.child(run, "error")));
            showDashboard(out, page, database);
        }
        out.flush();
        return 0;
    }

    /** The last line: the page, kept up until Ctrl-C; or, without one, the command that shows this database. */
    private void showDashboard(PrintWriter out, Dashboard page, Database database) throws InterruptedException {
        if (page == null) {
            out.println("Dashboard:   " + dashboardCommand(database) + " (or demo --dashboard)");
            return;
        }
        try (page) {
            out.println("Dashboard:   " + page.url() + " stays up until Ctrl-C");
            out.flush();
            new CountDownLatch(1).await();
        }
    }

    /** The command that shows this demo's database in the dashboard later, without secrets. */
    private String dashboardCommand(Database database) {
        String command = "ingest dashboard";
        if (database.embedded()) {
            return command + " --embedded-dir " + databaseOptions.embeddedDirectory();
        }
        return databaseOptions.jdbcUrl() == null ? command : command + " --jdbc-url " + database.settings().jdbcUrl();
    }

    private GenerateEventsCommand generation() {
        return UserInput.check(spec, () -> new GenerateEventsCommand(eventsPerSecond, Optional.of(duration),
                OptionalLong.empty(), Duration.ofSeconds(1), 10_000, 10_000, EventMix.DEFAULT, OptionalLong.empty(),
                Optional.empty(), Optional.empty(), invalidRatio, duplicateRatio, new GenerationStop()));
    }

    private void printReports(PrintWriter out, Database database) {
        Reporting.catchUp(database).catchUp();
        RunReportUseCase reports = Reporting.on(database);
        for (ReportKind kind : new ReportKind[] {ReportKind.SUMMARY, ReportKind.TOP_PRODUCTS}) {
            out.println();
            out.println("Report " + kind.reportName() + ":");
            out.print(ReportFormat.TABLE.render(ReportSheet.of(
                    reports.run(new RunReportCommand(kind, ReportQuery.unfiltered())))));
        }
        out.println();
    }
}
