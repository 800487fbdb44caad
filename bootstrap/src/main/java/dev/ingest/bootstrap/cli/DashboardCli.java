package dev.ingest.bootstrap.cli;

import dev.ingest.bootstrap.wiring.Dashboard;
import dev.ingest.bootstrap.wiring.Database;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ingest dashboard}: serves the read-only web page over the reports and the ingestion until stopped (Ctrl-C).
 * A database that is down does not stop it: the page says so and recovers when the database is back.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Serve a read-only web page with the reports and the ingestion's health, live, until Ctrl-C.")
public final class DashboardCli implements Callable<Integer> {

    static final int DEFAULT_PORT = 8090;
    static final String DEFAULT_HOST = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}; 8080 and 8081 are "
                    + "Spark's standalone UIs).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). The page has no "
                    + "authentication: any other address lets whoever reaches it read the reports.")
    String host;

    @Mixin
    DatabaseOptions databaseOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        UserInput.check(spec, () -> DashboardOptions.check(host, port));
        try (Database database = databaseOptions.open(System.getenv())) {
            if (database.embedded()) {
                // Ours alone, so a fresh clone's page shows empty reports rather than missing tables.
                database.migrate();
            }
            try (Dashboard dashboard = DashboardOptions.start(spec, database, host, port)) {
                new CountDownLatch(1).await();
            }
        }
        return 0;
    }
}
