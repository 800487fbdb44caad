package dev.ingest.adapter.kafka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/** A single-node KRaft broker's {@code server.properties}: broker and controller in one, on loopback, one replica. */
record BrokerConfig(int brokerPort, int controllerPort, Path dataDir) {

    static final String HOST = "127.0.0.1";

    /** Two ports that were free a moment ago; the broker keeps them across restarts. */
    static BrokerConfig onFreePorts(Path dataDir) {
        return new BrokerConfig(freePort(), freePort(), dataDir);
    }

    String bootstrapServers() {
        return HOST + ":" + brokerPort;
    }

    /** Whether the broker's port takes connections (it may still be starting behind it). */
    boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, brokerPort), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.toAbsolutePath().toString());
        // Tests create their topics, as production brokers usually require.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "1");
        // One node: every internal topic with one replica and one partition (50 by default, slow to create).
        for (String topic : new String[] {"offsets.topic", "transaction.state.log", "share.coordinator.state.topic"}) {
            p.setProperty(topic + ".replication.factor", "1");
            p.setProperty(topic + ".num.partitions", "1");
        }
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Fits the small heap: the cleaner's dedupe buffer is 128 MB by default.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        return p;
    }

    Path writeTo(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties().store(out, "written by KafkaTestBroker");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * What {@code kafka-storage.sh random-uuid} prints: Kafka's own {@link Uuid#randomUuid()}, which draws again
     * rather than give a text beginning with {@code -} (URL-safe base64 of random bytes does one time in 64).
     */
    static String randomClusterId() {
        return Uuid.randomUuid().toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}
