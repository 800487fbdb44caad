package dev.ingest.adapter.spark.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Spark builds a source from its class name and string options only, so the ledger it must ask and tell (which files
 * the stream holds, which left the folder) is registered here under a key the options name, by the driver that starts
 * the query, in the same JVM.
 */
public final class LandingFolderSource implements TableProvider {

    public static final int PATH = 0;
    public static final int LANDED_AT_MILLIS = 1;

    /** The landing folder, as an absolute Hadoop {@code FileSystem} URI. */
    public static final String FOLDER = "path";
    /** Which files of the folder are taken: {@code flat} (the default) or {@code dated}. */
    public static final String INPUT_LAYOUT = "inputLayout";
    /** What becomes of a file once its batch is recorded: {@code keep} (the default), {@code archive} or {@code delete}. */
    public static final String AFTER_INGEST = "afterIngest";
    /** Where archived files move, as an absolute Hadoop {@code FileSystem} URI. */
    public static final String ARCHIVE = "archive";
    /** At most so many files per batch (Spark's file-source option). */
    public static final String MAX_FILES = "maxFilesPerTrigger";
    /** Files adding up to at most so many bytes per batch (Spark's file-source option). */
    public static final String MAX_BYTES = "maxBytesPerTrigger";
    /** The key under which the stream registered its {@link #register ledger}. */
    public static final String LEDGER = "ledger";
    /** The source metric, in each progress event, of how many listed files wait for a batch. */
    public static final String BACKLOG_FILES = "backlogFiles";
    /** The source metric of how many bytes those waiting files hold. */
    public static final String BACKLOG_BYTES = "backlogBytes";

    static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("landed_at_millis", DataTypes.LongType, false);

    private static final Map<String, LandingLedger> LEDGERS = new ConcurrentHashMap<>();

    /** Makes the ledger available to sources started with this key until {@link #unregister}. */
    public static void register(String key, LandingLedger ledger) {
        LEDGERS.put(key, ledger);
    }

    public static void unregister(String key) {
        LEDGERS.remove(key);
    }

    static LandingLedger ledger(String key) {
        LandingLedger ledger = LEDGERS.get(key);
        if (ledger == null) {
            throw new IllegalStateException("no landing ledger is registered under '" + key + "'");
        }
        return ledger;
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
