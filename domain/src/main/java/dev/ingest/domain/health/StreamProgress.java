package dev.ingest.domain.health;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a running stream last reported of the work waiting for it: files and bytes listed in its landing folder but not
 * yet taken by a batch, and, for a Kafka source, the consumer lag in records (empty for a folder).
 */
public record StreamProgress(
        String streamId, Instant reportedAt, long backlogFiles, long backlogBytes, OptionalLong kafkaLag) {

    public StreamProgress {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(kafkaLag, "kafkaLag");
        if (backlogFiles < 0 || backlogBytes < 0 || kafkaLag.orElse(0) < 0) {
            throw new IllegalArgumentException("a backlog cannot be negative: " + backlogFiles + " files, "
                    + backlogBytes + " bytes, lag " + kafkaLag);
        }
    }
}
