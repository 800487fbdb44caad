package dev.ingest.bootstrap.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The {@code --add-opens} flags {@code bin/spark-submit} passes to the driver's JVM, read from the one list the build
 * keeps: the {@code Add-Opens} attribute of {@code ingest.jar}'s manifest.
 */
final class SparkSubmitOpens {

    private SparkSubmitOpens() {
    }

    static List<String> flags() {
        try (JarFile jar = new JarFile(StreamProcess.JAR.toFile())) {
            String opens = jar.getManifest().getMainAttributes().getValue("Add-Opens");
            return Arrays.stream(opens.trim().split("\\s+")).map(open -> "--add-opens=" + open + "=ALL-UNNAMED").toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
