package dev.ingest.adapter.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The page, its script and style from this module's resources, and Chart.js from its WebJar on the classpath: a fixed
 * list of paths, so that no request can name another resource.
 */
final class StaticAssets implements HttpHandler {

    private static final String OWN = "/dev/ingest/adapter/web/static/";
    private static final String CHART_JS_POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final Map<String, Asset> assets;

    private record Asset(String resource, String contentType) {
    }

    StaticAssets() {
        String chartJs = "/META-INF/resources/webjars/chart.js/" + webJarVersion() + "/dist/chart.umd.min.js";
        this.assets = Map.of(
                "/", new Asset(OWN + "index.html", "text/html; charset=utf-8"),
                "/dashboard.js", new Asset(OWN + "dashboard.js", "text/javascript; charset=utf-8"),
                "/dashboard.css", new Asset(OWN + "dashboard.css", "text/css; charset=utf-8"),
                "/vendor/chart.umd.min.js", new Asset(chartJs, "text/javascript; charset=utf-8"));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!Exchanges.readOnly(exchange)) {
            return;
        }
        Asset asset = assets.get(exchange.getRequestURI().getPath());
        if (asset == null) {
            Exchanges.send(exchange, 404, Exchanges.JSON,
                    JsonResponses.error("no such page: " + exchange.getRequestURI().getPath()));
            return;
        }
        Exchanges.send(exchange, 200, asset.contentType(), read(asset.resource()));
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + resource);
            }
            return in.readAllBytes();
        }
    }

    /** The Chart.js WebJar's version, from its own Maven metadata: the pom pins it once. */
    private static String webJarVersion() {
        try (InputStream in = StaticAssets.class.getResourceAsStream(CHART_JS_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
