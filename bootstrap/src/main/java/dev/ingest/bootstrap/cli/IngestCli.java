package dev.ingest.bootstrap.cli;

import dev.ingest.bootstrap.wiring.BuildVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code ingest} command. Exit codes: 0 success, 2 bad usage (one line and the usage), 1 runtime
 * failure (one line naming the cause; the stack trace only with {@code --verbose}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = IngestCli.Version.class,
        description = "Real-time e-commerce event ingestion: CSV files to PostgreSQL, exactly once.",
        subcommands = {CommandLine.HelpCommand.class, MigrateCli.class, GenerateCli.class, DemoCli.class,
                StreamCli.class, ReportCli.class, VerifyCli.class, DashboardCli.class})
public final class IngestCli {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of runtime failures.")
    boolean verbose;

    /** {@code ingest <the build's version>}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ingest " + BuildVersion.current()};
        }
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, with output streams a test can capture. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        IngestCli root = new IngestCli();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new RuntimeFailureHandler(() -> root.verbose));
        return commandLine;
    }
}
