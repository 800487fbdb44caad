package dev.ingest.adapter.kafka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) in a child JVM, on loopback, for tests: no
 * Docker, only the jars {@code kafka-distribution} copies. It keeps its ports and data across {@link #restart()}, so a
 * fault test can stop it mid-stream and bring the same broker back; no broker outlives the test JVM.
 *
 * <pre>{@code
 * KafkaTestBroker kafka = KafkaTestBroker.shared();          // or start(workDir) for a broker of your own
 * kafka.createTopic("events", 3);
 * kafka.send("events", 0, "key", List.of(value1, value2));  // or produce through the code under test
 * ... --kafka-bootstrap-servers kafka.bootstrapServers() --topic events ...
 * kafka.consumeAll("events")                                  // every message, by partition and offset
 * }</pre>
 */
public final class KafkaTestBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static KafkaTestBroker shared;

    private final BrokerConfig config;
    private final BrokerProcess process;
    private final Path workDir;
    private final Thread reaper;

    private KafkaTestBroker(Path workDir) {
        this.workDir = workDir;
        this.config = BrokerConfig.onFreePorts(workDir.resolve("data"));
        this.process = new BrokerProcess(config.writeTo(workDir.resolve("server.properties")),
                workDir.resolve("broker.log"));
        this.reaper = new Thread(process::kill, "kafka-test-broker-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Formats a new broker's storage under {@code workDir} (its data, properties and log) and starts it. */
    public static KafkaTestBroker start(Path workDir) {
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + workDir, e);
        }
        KafkaTestBroker broker = new KafkaTestBroker(workDir);
        broker.process.format(BrokerConfig.randomClusterId());
        broker.launch();
        return broker;
    }

    /**
     * One broker for the whole test JVM, started on first use under {@code target/kafka-test-broker}: topics give
     * tests their isolation. Never stop it; tests that stop or kill a broker start their own.
     */
    public static synchronized KafkaTestBroker shared() {
        if (shared == null) {
            shared = start(Path.of("target", "kafka-test-broker-" + UUID.randomUUID().toString().substring(0, 8)));
        }
        return shared;
    }

    /** {@code 127.0.0.1:PORT}, the same across restarts. */
    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** The file the broker's output goes to. */
    public Path logFile() {
        return workDir.resolve("broker.log");
    }

    /** Creates a topic with one replica and waits until the broker has it. */
    public void createTopic(String name, int partitions) {
        createTopic(name, partitions, Map.of());
    }

    /**
     * Creates a topic with the given topic-level settings (say {@code retention.ms}, {@code segment.bytes}) and waits
     * until the broker serves every partition: the controller's answer can come before the broker's metadata has it.
     */
    public void createTopic(String name, int partitions, Map<String, String> topicConfig) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(topicConfig))).all()
                    .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
            while (!served(admin, name, partitions)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker does not serve every partition of " + name);
                }
                sleep();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + name + " on " + bootstrapServers() + ": " + e, e);
        }
    }

    private static boolean served(Admin admin, String topic, int partitions) throws InterruptedException {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(topic);
            return description.partitions().size() == partitions
                    && description.partitions().stream().allMatch(partition -> partition.leader() != null);
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        }
    }

    /**
     * Sends the values to one partition of the topic, in this order and under one key, and waits until the producer
     * has flushed them. A null value (pass {@code Arrays.asList(...)}) is a tombstone.
     */
    public void send(String topic, int partition, String key, List<byte[]> values) {
        Properties settings = new Properties();
        settings.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(topic, partition, key, value));
            }
            producer.flush();
        }
    }

    /**
     * Sends the values to one partition in one transaction, as {@link #send} does: the marker that commits it takes
     * the offset after them and holds no message.
     */
    public void sendInTransaction(String topic, int partition, String key, List<byte[]> values) {
        Properties settings = new Properties();
        settings.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        settings.setProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-" + UUID.randomUUID());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(topic, partition, key, value));
            }
            producer.commitTransaction();
        }
    }

    /** Deletes the partition's messages below {@code offset} at once, as retention does in its time. */
    public void deleteRecordsBelow(String topic, int partition, long offset) {
        try (Admin admin = admin()) {
            admin.deleteRecords(Map.of(new TopicPartition(topic, partition), RecordsToDelete.beforeOffset(offset)))
                    .all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot delete the records of " + topic + "/" + partition + " below "
                    + offset + ": " + e, e);
        }
    }

    /** Every message of the topic at this moment, by partition then offset. */
    public List<ConsumedMessage> consumeAll(String topic) {
        return TopicContents.read(bootstrapServers(), topic, ADMIN_TIMEOUT);
    }

    /** SIGTERM and wait: the broker shuts down in order, as {@code kafka-server-stop.sh} makes it. */
    public void stop() {
        process.stop();
    }

    /** SIGKILL and wait: a crash. */
    public void kill() {
        process.kill();
    }

    /** Starts the broker again on the same ports and data (stopping it first if it runs) and waits until it answers. */
    public void restart() {
        if (process.alive()) {
            process.stop();
        }
        launch();
    }

    @Override
    public void close() {
        process.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // The reaper runs anyway.
        }
    }

    private void launch() {
        process.start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.alive()) {
                throw new IllegalStateException("the Kafka broker exited while starting; its log:\n" + process.logTail());
            }
            if (!config.listening()) {
                // Not asking an admin client yet: it would log a warning at every refused connection.
                sleep();
                continue;
            }
            Admin admin = admin();
            try {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
            } finally {
                // Not waiting for the attempt still pending against a broker that is not up yet.
                admin.close(Duration.ZERO);
            }
        }
        process.kill();
        throw new IllegalStateException("the Kafka broker on " + bootstrapServers() + " did not answer within "
                + READY_TIMEOUT.toSeconds() + " s (" + last + "); its log:\n" + process.logTail());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        properties.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(properties);
    }
}
