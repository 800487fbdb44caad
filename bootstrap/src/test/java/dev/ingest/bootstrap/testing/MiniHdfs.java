package dev.ingest.bootstrap.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * A real HDFS: a NameNode and one DataNode inside the test JVM (Hadoop's {@code MiniDFSCluster}), keeping its blocks
 * under {@code target/minidfs/}. Started for the first test class that asks for it and shared by the JVM's others (it
 * takes seconds to start), shut down and deleted once they are all done; each class works under a folder of its own.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MiniHdfs HDFS = new MiniHdfs();
 * ... "--input", HDFS.uri("raw").toString() ...
 * }</pre>
 */
public final class MiniHdfs implements BeforeAllCallback {

    private Cluster cluster;
    private String classFolder;

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster = context.getRoot().getStore(Namespace.GLOBAL)
                .getOrComputeIfAbsent(Cluster.class, key -> new Cluster(), Cluster.class);
        classFolder = context.getRequiredTestClass().getSimpleName() + "-" + UUID.randomUUID();
    }

    /** A location in the class's folder on the cluster: {@code hdfs://localhost:<port>/<class>-<random>/<path>}. */
    public URI uri(String path) {
        return URI.create(cluster.dfs.getURI() + "/" + classFolder + "/" + path);
    }

    /** The cluster's file system, to arrange and inspect files as a user of the cluster would. */
    public FileSystem fileSystem() {
        try {
            return cluster.dfs.getFileSystem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running cluster, closed by JUnit after the last test of the run. */
    private static final class Cluster implements ExtensionContext.Store.CloseableResource {

        private final File baseDir = Path.of("target", "minidfs", UUID.randomUUID().toString()).toAbsolutePath()
                .toFile();
        private final MiniDFSCluster dfs;

        Cluster() {
            Configuration hadoop = new Configuration();
            // Its default is build/test/data under the working directory; Maven's place is target/.
            hadoop.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, baseDir.getPath());
            // The DataNode casts the local file system to Hadoop's checksummed one; from the JVM's cache it would get
            // the raw one an earlier stream's Spark session made.
            hadoop.setBoolean("fs.file.impl.disable.cache", true);
            try {
                dfs = new MiniDFSCluster.Builder(hadoop).numDataNodes(1).build();
                dfs.waitActive();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the MiniDFSCluster", e);
            }
        }

        @Override
        public void close() {
            dfs.shutdown(true);
            FileUtil.fullyDelete(baseDir);
        }
    }
}
