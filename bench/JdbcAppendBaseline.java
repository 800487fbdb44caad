import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;

import java.util.Properties;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The prototype's way of loading events (shared/seed/walkthrough.md), as a baseline for bench/throughput.sh: Spark's
 * CSV file stream with an explicit schema, the prototype's trim and four checks, and Spark's JDBC append of each
 * micro-batch into {@code user_events}. Not idempotent (a re-delivered event id fails the batch) and not product
 * code; it exists only to be measured.
 *
 * <p>Usage (Java 17 single-file launch, Spark's --add-opens flags given by the script):
 * {@code java -cp 'bootstrap/target/lib/*' bench/JdbcAppendBaseline.java INPUT CHECKPOINT JDBC_URL USER MAX_FILES}
 * with the password, if any, in the environment variable {@code PGPASSWORD}.
 */
public final class JdbcAppendBaseline {

    private static final StructType SCHEMA = new StructType()
            .add("event_id", DataTypes.StringType)
            .add("user_id", DataTypes.StringType)
            .add("product_id", DataTypes.StringType)
            .add("product_name", DataTypes.StringType)
            .add("category", DataTypes.StringType)
            .add("price", DataTypes.DoubleType)
            .add("event_type", DataTypes.StringType)
            .add("timestamp", DataTypes.StringType);

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: JdbcAppendBaseline.java INPUT CHECKPOINT JDBC_URL USER MAX_FILES_PER_TRIGGER");
            System.exit(2);
        }
        String input = args[0];
        String checkpoint = args[1];
        String url = args[2];
        Properties connection = new Properties();
        connection.setProperty("user", args[3]);
        connection.setProperty("password", System.getenv().getOrDefault("PGPASSWORD", ""));
        connection.setProperty("driver", "org.postgresql.Driver");

        SparkSession spark = SparkSession.builder()
                .appName("jdbc-append-baseline")
                .master("local[*]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");

        Dataset<Row> files = spark.readStream()
                .schema(SCHEMA)
                .option("header", "true")
                .option("escape", "\"")
                .option("maxFilesPerTrigger", args[4])
                .csv(input);
        long[] rows = {0};
        files.writeStream()
                .option("checkpointLocation", checkpoint)
                .trigger(Trigger.AvailableNow())
                .foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, batchId) -> {
                    Dataset<Row> valid = clean(batch);
                    valid.write().mode(SaveMode.Append).jdbc(url, "user_events", connection);
                })
                .start()
                .awaitTermination();
        spark.stop();
    }

    /** The prototype's cleaning: trim the text fields, parse the time, keep the rows passing its four checks. */
    private static Dataset<Row> clean(Dataset<Row> batch) {
        Dataset<Row> trimmed = batch;
        for (String name : new String[] {"event_id", "user_id", "product_id", "product_name", "category",
                "event_type", "timestamp"}) {
            trimmed = trimmed.withColumn(name, trim(col(name)));
        }
        return trimmed
                .withColumn("event_timestamp", org.apache.spark.sql.functions.try_to_timestamp(col("timestamp")))
                .filter(col("event_id").isNotNull()
                        .and(col("event_type").isin("view", "add_to_cart", "purchase"))
                        .and(col("price").gt(lit(0)))
                        .and(col("event_timestamp").isNotNull()))
                .select(col("event_id"), col("user_id"), col("product_id"), col("product_name"), col("category"),
                        col("price").cast("decimal(10,2)").as("price"), col("event_type"), col("event_timestamp"));
    }
}
