package dev.ingest.adapter.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.application.health.port.out.ProgressBoard;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The stream's own metrics in Prometheus' text format at {@code http://HOST:PORT/metrics}, served from the driver by
 * the JDK's HTTP server (nothing that could meet Spark's Jetty on the classpath), with the driver JVM's and process's
 * ({@link JvmProcessMetrics}) and the build's version ({@code ingest_build_info{version="…"} 1}). Feed it through
 * {@link #metricsLog()} and {@link #progressBoard()}.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * try (PrometheusMetrics metrics = PrometheusMetrics.serve(new InetSocketAddress("127.0.0.1", 9464), "1.2.0")) {
 *     MetricsLog log = MetricsLogs.all(jsonLines, console, metrics.metricsLog());
 *     ...
 * }
 * }</pre>
 */
public final class PrometheusMetrics implements AutoCloseable {

    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    // First: its meter filters apply only to the meters registered after them.
    private final JvmProcessMetrics jvm = new JvmProcessMetrics(registry);
    private final MetricsLog metricsLog = new PrometheusBatchMetrics(registry);
    private final ProgressBoard progressBoard = new PrometheusProgressBoard(registry);
    private final HttpServer server;

    private PrometheusMetrics(InetSocketAddress address, String version) throws IOException {
        // The usual info-metric shape: a constant 1 whose label carries the value, to join on or alert on after a deploy.
        Gauge.builder("ingest.build.info", () -> 1).description("The running build; its version is the label")
                .tag("version", version).register(registry);
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            jvm.close();
            registry.close();
            throw e;
        }
        server.createContext("/metrics", this::scrape);
        server.start();
    }

    /**
     * Serves the metrics at once; port 0 takes a free one (see {@link #address()}).
     *
     * @param version the build's version, for {@code ingest_build_info}
     * @throws IllegalStateException when nothing can listen there, the port taken, say
     */
    public static PrometheusMetrics serve(InetSocketAddress address, String version) {
        try {
            return new PrometheusMetrics(address, version);
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
        jvm.close();
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
