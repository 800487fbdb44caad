package dev.ingest.adapter.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Asks the brokers for the topic before the first event is made, so that an unreachable broker or a missing topic
 * ends the run at once with one line naming them, instead of the producer's first send waiting out its timeout.
 */
final class TopicCheck {

    /** An answer from a reachable broker takes milliseconds; this is what a user waits at most to be told. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private TopicCheck() {
    }

    /**
     * @throws IllegalArgumentException when a client option is not a valid Kafka setting
     * @throws UncheckedIOException     when the brokers cannot be reached or do not have the topic
     */
    static void requireTopic(KafkaTarget target) {
        requireResolvableHosts(target);
        Admin admin;
        try {
            admin = Admin.create(adminSettings(target));
        } catch (KafkaException e) {
            throw invalidOption(e);
        }
        try {
            admin.describeTopics(List.of(target.topic()), new DescribeTopicsOptions()
                            .timeoutMs((int) ANSWER_WITHIN.toMillis()))
                    .allTopicNames().get(ANSWER_WITHIN.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw unusable(target, "there is no such topic (create it first: the generator creates no topics)");
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unusable(target, unanswered());
            }
            throw unusable(target, e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw unusable(target, unanswered());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unusable(target, "interrupted while asking for the topic");
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    /** Only the settings an admin client knows, so that producer-only options draw no "unused" warnings. */
    private static Properties adminSettings(KafkaTarget target) {
        Properties settings = new Properties();
        target.clientOptions().forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                settings.setProperty(key, value);
            }
        });
        settings.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, target.bootstrapServers());
        settings.setProperty(AdminClientConfig.CLIENT_ID_CONFIG, "ingest-generator-check");
        return settings;
    }

    private static void requireResolvableHosts(KafkaTarget target) {
        for (String server : target.bootstrapServers().split(",")) {
            String host = server.strip().substring(0, Math.max(0, server.strip().lastIndexOf(':')));
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw unusable(target, "cannot resolve host " + host);
            }
        }
    }

    private static String unanswered() {
        return "no broker answered within " + ANSWER_WITHIN.toSeconds() + " s";
    }

    static UncheckedIOException unusable(KafkaTarget target, String why) {
        String message = "cannot produce to " + target.shown() + ": " + why;
        return new UncheckedIOException(message, new IOException(message));
    }

    private static IllegalArgumentException invalidOption(KafkaException e) {
        Throwable cause = e.getCause() instanceof ConfigException ? e.getCause() : e;
        // Kafka's own message shows a password-type setting's value as [hidden].
        return new IllegalArgumentException("invalid Kafka client option: " + cause.getMessage(), e);
    }
}
