import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The Kafka benchmark's own tools, run as a single-file program on the application's classpath (bench/kafka.sh):
 *   create SERVERS TOPIC PARTITIONS              creates the topic
 *   latency SERVERS TOPIC JDBC_URL USER FROM_MS  each message's produce-to-commit latency: its Kafka timestamp (the
 *                                                producer's create time) to the commit time of the transaction that
 *                                                stored its offset range's row, and its events with it (the server
 *                                                must track commit timestamps); prints the percentiles over the
 *                                                messages produced from FROM_MS on
 */
public class KafkaBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "create" -> create(args[1], args[2], Integer.parseInt(args[3]));
            case "latency" -> latency(args[1], args[2], args[3], args[4], Long.parseLong(args[5]));
            default -> throw new IllegalArgumentException("create or latency, not " + args[0]);
        }
    }

    private static void create(String servers, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    /** Commit time (epoch ms) of the transaction that stored each range, by partition and range start. */
    private static Map<Integer, TreeMap<Long, long[]>> ranges(String url, String user, String topic) throws Exception {
        Map<Integer, TreeMap<Long, long[]>> ranges = new TreeMap<>();
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT kafka_partition, from_offset, until_offset, "
                        + "(extract(epoch FROM pg_xact_commit_timestamp(xmin)) * 1000)::bigint FROM ingested_offsets "
                        + "WHERE topic = '" + topic + "'")) {
            while (rows.next()) {
                ranges.computeIfAbsent(rows.getInt(1), p -> new TreeMap<>())
                        .put(rows.getLong(2), new long[] {rows.getLong(3), rows.getLong(4)});
            }
        }
        return ranges;
    }

    private static void latency(String servers, String topic, String url, String user, long fromMillis)
            throws Exception {
        Map<Integer, TreeMap<Long, long[]>> ranges = ranges(url, user, topic);
        List<Long> latencies = new ArrayList<>();
        long unmatched = 0;
        Properties settings = new Properties();
        settings.put("bootstrap.servers", servers);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> message : consumer.poll(Duration.ofMillis(500))) {
                    if (message.timestamp() < fromMillis) {
                        continue;
                    }
                    var range = ranges.getOrDefault(message.partition(), new TreeMap<>()).floorEntry(message.offset());
                    if (range == null || message.offset() >= range.getValue()[0]) {
                        unmatched++;
                        continue;
                    }
                    latencies.add(range.getValue()[1] - message.timestamp());
                }
            }
        }
        Collections.sort(latencies);
        System.out.printf("%-34s %8s %8s %8s %8s%n", "latency, produce -> commit (ms)", "p50", "p95", "p99", "max");
        System.out.printf("%-34s %8d %8d %8d %8d%n", latencies.size() + " messages after warm-up",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
        if (unmatched > 0) {
            System.out.println(unmatched + " messages after warm-up in no committed range (the stream was stopped)");
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
