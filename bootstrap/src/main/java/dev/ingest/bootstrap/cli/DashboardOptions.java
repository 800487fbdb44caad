package dev.ingest.bootstrap.cli;

import dev.ingest.bootstrap.wiring.Dashboard;
import dev.ingest.bootstrap.wiring.Database;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import picocli.CommandLine.Model.CommandSpec;

/** The checks and the start-up lines {@code dashboard} and {@code demo --dashboard} share. */
final class DashboardOptions {

    private DashboardOptions() {
    }

    static String check(String host, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        }
        if (host == null || host.isBlank() || new InetSocketAddress(host, port).isUnresolved()) {
            throw new IllegalArgumentException("--host '" + host + "' is not an address of this machine");
        }
        return host;
    }

    /** Starts the page over the database on {@code host:port} and says where it is (and warns when beyond here). */
    static Dashboard start(CommandSpec spec, Database database, String host, int port) {
        Dashboard dashboard = Dashboard.start(database.settings(), host, port);
        announce(spec.commandLine().getOut(), spec.commandLine().getErr(), dashboard, host, database);
        return dashboard;
    }

    private static void announce(PrintWriter out, PrintWriter err, Dashboard dashboard, String host,
            Database database) {
        if (Dashboard.beyondThisMachine(host)) {
            err.println("WARN: the dashboard listens on " + host + " without authentication: anyone who can "
                    + "reach " + dashboard.url() + " can read the reports");
            err.flush();
        }
        out.println("Dashboard at " + dashboard.url() + " (database " + database.settings().location()
                + (database.embedded() ? ", embedded" : "") + "); Ctrl-C to stop");
        out.flush();
    }
}
