package dev.ingest.adapter.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.application.ingest.port.out.ProgressBoard;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The stream's own metrics in Prometheus' text format at {@code http://HOST:PORT/metrics}, served from the driver by
 * the JDK's HTTP server (nothing that could meet Spark's Jetty on the classpath). Feed it through
 * {@link #metricsLog()} and {@link #progressBoard()}.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * try (PrometheusMetrics metrics = PrometheusMetrics.serve(new InetSocketAddress("127.0.0.1", 9464))) {
 *     MetricsLog log = MetricsLogs.all(jsonLines, console, metrics.metricsLog());
 *     ...
 * }
 * }</pre>
 */
public final class PrometheusMetrics implements AutoCloseable {

    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MetricsLog metricsLog = new PrometheusBatchMetrics(registry);
    private final ProgressBoard progressBoard = new PrometheusProgressBoard(registry);
    private final HttpServer server;

    private PrometheusMetrics(InetSocketAddress address) throws IOException {
        server = HttpServer.create(address, 0);
        server.createContext("/metrics", this::scrape);
        server.start();
    }

    /**
     * Serves the metrics at once; port 0 takes a free one (see {@link #address()}).
     *
     * @throws IllegalStateException when nothing can listen there, the port taken, say
     */
    public static PrometheusMetrics serve(InetSocketAddress address) {
        try {
            return new PrometheusMetrics(address);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve metrics on " + address.getHostString() + ":"
                    + address.getPort() + ": " + e.getMessage(), e);
        }
    }

    /** Where the endpoint listens. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public MetricsLog metricsLog() {
        return metricsLog;
    }

    public ProgressBoard progressBoard() {
        return progressBoard;
    }

    /** The metrics as the endpoint serves them. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        server.stop(0);
        registry.close();
    }

    private void scrape(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            boolean head = "HEAD".equals(method);
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
