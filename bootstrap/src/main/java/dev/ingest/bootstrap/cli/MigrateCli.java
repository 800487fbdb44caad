package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.postgres.database.MigrationReport;
import dev.ingest.bootstrap.wiring.Database;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ingest migrate}: creates the database if it is missing, applies pending migrations, says what it did. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply the database schema (the Flyway migrations in sql/), creating the database if missing.")
public final class MigrateCli implements Callable<Integer> {

    @Option(names = "--db-retry-timeout", paramLabel = "DURATION", defaultValue = "2m",
            converter = DurationConverter.class,
            description = "How long to ride out an unavailable database before stopping (default: ${DEFAULT-VALUE}).")
    Duration dbRetryTimeout;

    @Mixin
    DatabaseOptions databaseOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = databaseOptions.open(System.getenv(), dbRetryTimeout)) {
            MigrationReport report = database.migrate();
            print(report, database.embedded(), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(MigrationReport report, boolean embedded, PrintWriter out) {
        String where = report.location() + (embedded ? " (embedded)" : "");
        if (report.databaseCreated()) {
            out.println("Created database " + where);
        }
        report.applied().forEach(migration -> out.println("Applied " + migration));
        out.println(report.applied().isEmpty()
                ? "Schema of " + where + " is up to date at version " + report.schemaVersion()
                : "Schema of " + where + " is now at version " + report.schemaVersion());
    }
}
