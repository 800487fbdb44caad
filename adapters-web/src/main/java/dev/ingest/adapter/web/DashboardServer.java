package dev.ingest.adapter.web;

import com.sun.net.httpserver.HttpServer;
import dev.ingest.application.health.port.in.ShowIngestionHealthUseCase;
import dev.ingest.application.report.port.in.ReportKind;
import dev.ingest.application.report.port.in.RunReportUseCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dashboard on the JDK's own HTTP server: the page at {@code /} and its JSON under {@code /api/}: one endpoint per
 * report ({@code /api/summary}, {@code /api/hourly}, {@code /api/funnel}, {@code /api/top-products},
 * {@code /api/recent}) and {@code /api/health}. Read-only: GET and HEAD only. It has no authentication; whoever can
 * reach the address can read the reports.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * try (DashboardServer dashboard = DashboardServer.start(new InetSocketAddress("127.0.0.1", 8090), reports, health)) {
 *     System.out.println("Dashboard at " + dashboard.url());
 *     ...
 * }
 * }</pre>
 */
public final class DashboardServer implements AutoCloseable {

    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    private DashboardServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on the address (port 0: any free one) and serves until {@link #close()}.
     *
     * @throws UncheckedIOException when it cannot listen there (the port taken, say), with a one-line message
     */
    public static DashboardServer start(InetSocketAddress address, RunReportUseCase reports,
            ShowIngestionHealthUseCase health) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address.getHostString() + ":" + address.getPort()
                    + ": " + e.getMessage(), e);
        }
        for (ReportKind kind : ReportKind.values()) {
            server.createContext("/api/" + kind.reportName(), new ApiHandler(new ReportEndpoint(kind, reports)));
        }
        server.createContext("/api/health", new ApiHandler(new HealthEndpoint(health)));
        server.createContext("/api/", exchange -> {
            if (Exchanges.readOnly(exchange)) {
                Exchanges.send(exchange, 404, Exchanges.JSON,
                        JsonResponses.error("no such endpoint: " + exchange.getRequestURI().getPath()));
            }
        });
        server.createContext("/", new StaticAssets());
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.start();
        return new DashboardServer(server, executor);
    }

    /** Where the page is, e.g. {@code http://127.0.0.1:8090/}. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dashboard-" + count.incrementAndGet());
            // Serving never keeps the JVM alive on its own: the command decides how long it runs.
            thread.setDaemon(true);
            return thread;
        };
    }
}
