package dev.ingest.adapter.spark;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the stream's Spark application meets its cluster: the Spark settings given on the command line ({@code --conf},
 * which win over the stream's own defaults), and the jars its executors need that the cluster does not have.
 *
 * @param executorJars paths of the jars to hand the executors through {@code spark.jars}; used only when the master
 *                     is not local (in local mode the executors are the driver's threads)
 */
public record SparkDeployment(Map<String, String> conf, List<String> executorJars) {

    public SparkDeployment {
        conf = Map.copyOf(new TreeMap<>(Objects.requireNonNull(conf, "conf")));
        executorJars = List.copyOf(executorJars);
    }

    /** Nothing given and nothing to ship: for local masters and tests. */
    public static SparkDeployment local() {
        return new SparkDeployment(Map.of(), List.of());
    }
}
