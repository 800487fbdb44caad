package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.postgres.PostgresIngestionHealth;
import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.report.PostgresReportCatchUp;
import dev.ingest.adapter.postgres.report.PostgresReports;
import dev.ingest.adapter.web.DashboardServer;
import dev.ingest.application.health.usecase.ShowIngestionHealthService;
import dev.ingest.application.report.usecase.CatchUpReportsService;
import dev.ingest.application.report.usecase.RunReportService;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The dashboard, wired by hand: the web adapter over the report use case (the same jOOQ queries as {@code ingest
 * report}) and the ingestion-health use case, both on the database given. Requests give a down database only a short
 * retry, so that the page says so within seconds and asks again at its next refresh.
 */
public final class Dashboard implements AutoCloseable {

    // A quarter of it is the pool's connection timeout: 2 s lets a cold JVM's first connection through.
    static final Duration REQUEST_RETRY_DEADLINE = Duration.ofSeconds(8);

    private final DashboardServer server;
    private final ReportCatchUpSchedule reports;

    private Dashboard(DashboardServer server, ReportCatchUpSchedule reports) {
        this.server = server;
        this.reports = reports;
    }

    /** Also catches the reports up every few seconds, so that they count new events when no stream runs. */
    public static Dashboard start(DatabaseSettings database, String host, int port) {
        DatabaseSettings perRequest = database.withRetryDeadline(REQUEST_RETRY_DEADLINE);
        DashboardServer server = DashboardServer.start(new InetSocketAddress(host, port),
                new RunReportService(new PostgresReports(perRequest)),
                new ShowIngestionHealthService(new PostgresIngestionHealth(perRequest), Clock.systemUTC()));
        return new Dashboard(server, ReportCatchUpSchedule.forReader(
                new CatchUpReportsService(new PostgresReportCatchUp(perRequest)), ReportCatchUpSchedule.PERIOD));
    }

    /** Whether the address reaches beyond this machine: then anyone who can reach it reads the reports. */
    public static boolean beyondThisMachine(String host) {
        return !new InetSocketAddress(host, 0).getAddress().isLoopbackAddress();
    }

    public URI url() {
        return server.url();
    }

    @Override
    public void close() {
        reports.close();
        server.close();
    }
}
