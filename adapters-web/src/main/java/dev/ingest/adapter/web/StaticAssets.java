package dev.ingest.adapter.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The page, its script and style from this module's resources, and Chart.js, Luxon and Chart.js's Luxon adapter (its
 * time axis) from their WebJars on the classpath: a fixed list of paths, so that no request can name another resource.
 */
final class StaticAssets implements HttpHandler {

    private static final String OWN = "/dev/ingest/adapter/web/static/";
    private static final String JS = "text/javascript; charset=utf-8";

    private final Map<String, Asset> assets;

    private record Asset(String resource, String contentType) {
    }

    StaticAssets() {
        this.assets = Map.of(
                "/", new Asset(OWN + "index.html", "text/html; charset=utf-8"),
                "/dashboard.js", new Asset(OWN + "dashboard.js", JS),
                "/dashboard.css", new Asset(OWN + "dashboard.css", "text/css; charset=utf-8"),
                "/vendor/chart.umd.min.js", new Asset(webJar("chart.js", "dist/chart.umd.min.js"), JS),
                "/vendor/luxon.min.js", new Asset(webJar("luxon", "build/global/luxon.min.js"), JS),
                "/vendor/chartjs-adapter-luxon.umd.min.js",
                new Asset(webJar("chartjs-adapter-luxon", "dist/chartjs-adapter-luxon.umd.min.js"), JS));
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

    /** A file of an npm WebJar, under its version as its own Maven metadata gives it: the pom pins it once. */
    private static String webJar(String artifact, String file) {
        return "/META-INF/resources/webjars/" + artifact + "/" + webJarVersion(artifact) + "/" + file;
    }

    private static String webJarVersion(String artifact) {
        String pom = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = StaticAssets.class.getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
