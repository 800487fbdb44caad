package dev.ingest.adapter.spark;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the test JVM: starting Spark takes seconds, so every Spark test shares it. */
final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            StreamSettings settings = StreamSettings.of(Path.of("unused-input"), Path.of("unused-checkpoint"))
                    .withMaster("local[2]")
                    .withUiPort(OptionalInt.empty());
            session = IngestSparkSession.create(settings);
        }
        return session;
    }
}
