package dev.ingest.adapter.spark.source;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The landing folder as a Spark streaming source ({@code spark.readStream().format(LandingFolderSource.class.getName())}):
 * one row per new event file, its {@code path} and {@code landed_at_millis}, listed on the driver without reading a
 * byte of it ({@link LandingFolderStream}).
 *
 * <p>Spark builds a source from its class name and string options only, so the question it must ask the application
 * (which files were stored before) is registered here under a key the options name, by the driver that starts the
 * query, in the same JVM.
 */
public final class LandingFolderSource implements TableProvider {

    public static final int PATH = 0;
    public static final int LANDED_AT_MILLIS = 1;

    /** The landing folder, as an absolute Hadoop {@code FileSystem} URI. */
    public static final String FOLDER = "path";
    /** Where taken files move, as an absolute Hadoop {@code FileSystem} URI; absent leaves them in place. */
    public static final String ARCHIVE = "archive";
    /** At most so many files per batch (Spark's file-source option). */
    public static final String MAX_FILES = "maxFilesPerTrigger";
    /** Files adding up to at most so many bytes per batch (Spark's file-source option). */
    public static final String MAX_BYTES = "maxBytesPerTrigger";
    /** The key under which the stream registered its {@link #register ingested-files question}. */
    public static final String INGESTED_FILES = "ingestedFiles";
    /** The source metric, in each progress event, of how many listed files wait for a batch. */
    public static final String BACKLOG_FILES = "backlogFiles";
    /** The source metric of how many bytes those waiting files hold. */
    public static final String BACKLOG_BYTES = "backlogBytes";

    static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("landed_at_millis", DataTypes.LongType, false);

    private static final Map<String, Function<List<String>, Set<String>>> QUESTIONS = new ConcurrentHashMap<>();

    /** Makes the question available to sources started with this key until {@link #unregister}. */
    public static void register(String key, Function<List<String>, Set<String>> ingestedFiles) {
        QUESTIONS.put(key, ingestedFiles);
    }

    public static void unregister(String key) {
        QUESTIONS.remove(key);
    }

    static Function<List<String>, Set<String>> question(String key) {
        Function<List<String>, Set<String>> question = QUESTIONS.get(key);
        if (question == null) {
            throw new IllegalStateException("no ingested-files question is registered under '" + key + "'");
        }
        return question;
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return SCHEMA;
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new LandingFolderTable(new CaseInsensitiveStringMap(properties));
    }
}
