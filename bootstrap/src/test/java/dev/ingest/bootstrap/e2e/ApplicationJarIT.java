package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The application jar for spark-submit brings nothing the cluster has: no class of {@code app-lib/} is also in
 * Spark's own jars (so no second Spark, Scala, Jackson, SLF4J or Guava), and its Class-Path is {@code app-lib/}.
 */
class ApplicationJarIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String SPARK_STUB = "org/apache/spark/unused/UnusedStubClass.class";
    private static final Path SPARK_JARS = Path.of("..", "spark-distribution", "target", "spark-home", "jars")
            .toAbsolutePath().normalize();

    @Test
    void no_class_of_the_application_jars_is_one_spark_ships() throws IOException {
        Set<String> sparkClasses = new HashSet<>();
        for (Path jar : jars(SPARK_JARS)) {
            sparkClasses.addAll(classes(jar));
        }
        List<String> twice = new ArrayList<>();
        for (Path jar : jars(TARGET.resolve("app-lib"))) {
            // Every Spark module carries the same shading stub; it is not a class anyone loads.
            classes(jar).stream().filter(sparkClasses::contains).filter(name -> !name.equals(SPARK_STUB)).limit(3)
                    .forEach(name -> twice.add(jar.getFileName() + ": " + name));
        }

        assertThat(sparkClasses).as("Spark's own classes").hasSizeGreaterThan(10_000);
        assertThat(twice).as("classes the cluster has already").isEmpty();
    }

    @Test
    void the_application_jar_names_app_lib_and_nothing_else() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("ingest-spark.jar").toFile())) {
            List<String> classPath = Arrays.asList(jar.getManifest().getMainAttributes().getValue("Class-Path").split(" "));
            List<String> appLib = jars(TARGET.resolve("app-lib")).stream()
                    .map(file -> "app-lib/" + file.getFileName()).toList();

            assertThat(classPath).containsExactlyInAnyOrderElementsOf(appLib);
            // Spark's Kafka connector is no part of a Spark distribution: the application ships it, as --packages would.
            assertThat(classPath).filteredOn(entry -> entry.startsWith("app-lib/spark-"))
                    .allMatch(entry -> entry.matches("app-lib/spark-(sql-kafka|token-provider-kafka)-0-10_2\\.13-.*"));
            assertThat(classPath).noneMatch(entry -> entry.contains("scala-library"));
            assertThat(jar.getEntry("dev/ingest/bootstrap/IngestApplication.class")).isNotNull();
        }
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static Set<String> classes(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
                            && !name.equals("module-info.class"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
