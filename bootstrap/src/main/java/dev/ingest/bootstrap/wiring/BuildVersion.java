package dev.ingest.bootstrap.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build's version, as Maven wrote it into {@code build.properties} at build time: what {@code ingest --version}
 * prints and {@code ingest_build_info} carries. A resource rather than the jar's manifest, so that tests running from
 * {@code target/classes} read the same.
 */
public final class BuildVersion {

    private static final String RESOURCE = "build.properties";

    private BuildVersion() {
    }

    public static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: build with mvn package");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
