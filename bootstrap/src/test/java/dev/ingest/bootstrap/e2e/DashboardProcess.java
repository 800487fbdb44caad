package dev.ingest.bootstrap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ingest dashboard} (or {@code demo --dashboard}) in a JVM of its own, reached over HTTP at the URL it printed. */
final class DashboardProcess implements AutoCloseable {

    private static final Pattern ANNOUNCED = Pattern.compile("Dashboard at (http://\\S+/) ");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ChildJvm jvm;
    private final URI url;

    private DashboardProcess(ChildJvm jvm, URI url) {
        this.jvm = jvm;
        this.url = url;
    }

    /** Starts the CLI and waits until it prints where the dashboard listens. */
    static DashboardProcess start(Path folder, Duration within, String... args) throws Exception {
        ChildJvm jvm = ChildJvm.start(folder, "dashboard", args);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher announced = ANNOUNCED.matcher(jvm.outSoFar());
            if (announced.find()) {
                return new DashboardProcess(jvm, URI.create(announced.group(1)));
            }
            if (!jvm.alive()) {
                throw new AssertionError("the dashboard ended: " + jvm.outSoFar() + jvm.errSoFar());
            }
            Thread.sleep(100);
        }
        jvm.stop();
        throw new AssertionError("no dashboard URL within " + within.toSeconds() + " s: " + jvm.outSoFar()
                + jvm.errSoFar());
    }

    URI url() {
        return url;
    }

    ChildJvm jvm() {
        return jvm;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url.resolve(pathAndQuery)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        jvm.stop();
    }
}
