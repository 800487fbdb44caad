import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;

/**
 * The floor of Spark's Real-Time Mode on this machine, for bench/kafka.sh: a Kafka topic read with
 * {@code Trigger.RealTime} into a {@code ForeachWriter} that inserts each message's partition, offset and Kafka
 * timestamp into {@code realtime_probe} and commits it at once, one transaction per message, nothing else (no
 * decoding, validation, dedup or ledger). A message's latency is then its row's commit time less its timestamp: what
 * the real-time mode alone costs before any of the pipeline's work. Not product code; it exists only to be measured.
 *
 * <p>Usage (Java 17 single-file launch, Spark's --add-opens flags given by the script):
 * {@code java -cp 'bootstrap/target/lib/*' bench/RealTimeProbe.java SERVERS TOPIC PARTITIONS CHECKPOINT JDBC_URL USER
 * SECONDS BATCH_SECONDS}, the password, if any, in {@code PGPASSWORD}: the real-time batches last BATCH_SECONDS (Spark's
 * minimum is 5, its default 300). Prints {@code running} once the query has started; stops after SECONDS.
 */
public final class RealTimeProbe {

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: RealTimeProbe.java SERVERS TOPIC PARTITIONS CHECKPOINT JDBC_URL USER SECONDS "
                    + "BATCH_SECONDS");
            System.exit(2);
        }
        String url = args[4];
        String user = args[5];
        try (Connection connection = connect(url, user); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS realtime_probe (kafka_partition int, kafka_offset bigint, "
                    + "produced_ms bigint)");
        }
        // A single-file launch loads this class in a loader of its own: the local executors, which deserialize the
        // writer, find it through the thread's context loader, which they take when the session starts.
        Thread.currentThread().setContextClassLoader(RealTimeProbe.class.getClassLoader());
        // Real-Time Mode runs one long task per topic-partition: as many slots as partitions, and one to spare.
        SparkSession spark = SparkSession.builder()
                .appName("realtime-probe")
                .master("local[" + (Integer.parseInt(args[2]) + 1) + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        StreamingQuery query = spark.readStream()
                .format("kafka")
                .option("kafka.bootstrap.servers", args[0])
                .option("subscribe", args[1])
                .option("startingOffsets", "latest")
                .load()
                .selectExpr("partition", "offset", "CAST(unix_millis(timestamp) AS BIGINT) AS produced_ms")
                .writeStream()
                .outputMode("update")
                .option("checkpointLocation", args[3])
                .trigger(Trigger.RealTime(Long.parseLong(args[7]), TimeUnit.SECONDS))
                .foreach(new ProbeWriter(url, user))
                .start();
        System.out.println("running");
        System.out.flush();
        query.awaitTermination(Long.parseLong(args[6]) * 1000);
        query.stop();
        spark.stop();
    }

    private static Connection connect(String url, String user) throws SQLException {
        return DriverManager.getConnection(url, user, System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    /** One row and one commit per message. */
    private static final class ProbeWriter extends ForeachWriter<Row> {

        private static final long serialVersionUID = 1L;

        private final String url;
        private final String user;
        private transient Connection connection;
        private transient PreparedStatement insert;

        ProbeWriter(String url, String user) {
            this.url = url;
            this.user = user;
        }

        @Override
        public boolean open(long partitionId, long epochId) {
            try {
                connection = connect(url, user);
                connection.setAutoCommit(true);
                insert = connection.prepareStatement(
                        "INSERT INTO realtime_probe (kafka_partition, kafka_offset, produced_ms) VALUES (?, ?, ?)");
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void process(Row row) {
            try {
                insert.setInt(1, row.getInt(0));
                insert.setLong(2, row.getLong(1));
                insert.setLong(3, row.getLong(2));
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close(Throwable error) {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // The probe's numbers are in the table already.
            }
        }
    }
}
