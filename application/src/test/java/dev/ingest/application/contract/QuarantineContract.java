package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.ingest.port.out.QuarantineWriterFactory;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.application.verify.port.out.QuarantineCounts;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.Rejection;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Quarantine} with its sink and writers promises, read back through its {@link QuarantineCounts},
 * run against the in-memory fake and the real adapter.
 */
public abstract class QuarantineContract {

    private static final BatchKey BATCH = new BatchKey("stream-1", 7);
    private static final BatchKey NEXT_BATCH = new BatchKey("stream-1", 8);
    private static final BatchKey OTHER_STREAM = new BatchKey("stream-2", 7);

    /** The quarantine under test. */
    protected abstract Quarantine quarantine();

    /** The counts of the same quarantine. */
    protected abstract QuarantineCounts counts();

    @Test
    void a_committed_writer_s_rejections_become_visible_at_commit_and_count_for_their_batch() {
        try (QuarantineWriter writer = quarantine().writers().open(BATCH, 0)) {
            writer.write(rejection(1));
            writer.write(rejection(2));
            assertThat(counts().count(BATCH)).isZero();

            writer.commit();
        }
        write(quarantine().writers(), BATCH, 1, 3);

        assertThat(counts().count(BATCH)).isEqualTo(3);
        assertThat(counts().count(NEXT_BATCH)).isZero();
        assertThat(counts().count(OTHER_STREAM)).isZero();
    }

    @Test
    void a_writer_closed_without_commit_leaves_nothing() {
        write(quarantine().writers(), BATCH, 0, 1);
        try (QuarantineWriter abandoned = quarantine().writers().open(BATCH, 0)) {
            abandoned.write(rejection(2));
            abandoned.write(rejection(3));
        }
        try (QuarantineWriter abandoned = quarantine().writers().open(NEXT_BATCH, 0)) {
            abandoned.write(rejection(4));
        }

        assertThat(counts().count(BATCH)).isEqualTo(1);
        assertThat(counts().count(NEXT_BATCH)).isZero();
    }

    @Test
    void a_second_attempt_of_a_partition_replaces_the_first() {
        write(quarantine().writers(), BATCH, 0, 1, 2, 3);
        write(quarantine().writers(), BATCH, 1, 4);

        write(quarantine().writers(), BATCH, 0, 1, 2);
        assertThat(counts().count(BATCH)).isEqualTo(3);

        write(quarantine().writers(), BATCH, 0);
        assertThat(counts().count(BATCH)).isEqualTo(1);
    }

    @Test
    void discard_removes_an_earlier_unfinished_attempt_of_the_batch_and_leaves_other_batches() {
        write(quarantine().writers(), BATCH, 0, 1, 2);
        write(quarantine().writers(), BATCH, 1, 3);
        write(quarantine().writers(), NEXT_BATCH, 0, 4);
        write(quarantine().writers(), OTHER_STREAM, 0, 5);

        quarantine().discard(BATCH);
        quarantine().discard(new BatchKey("stream-1", 99));

        assertThat(counts().count(BATCH)).isZero();
        assertThat(counts().count(NEXT_BATCH)).isEqualTo(1);
        assertThat(counts().count(OTHER_STREAM)).isEqualTo(1);
        write(quarantine().writers(), BATCH, 1, 3);
        assertThat(counts().count(BATCH)).isEqualTo(1);
    }

    @Test
    void the_sink_survives_serialization_to_an_executor() {
        QuarantineWriterFactory shipped = Shipped.toAnExecutor(quarantine().writers());

        write(shipped, BATCH, 0, 1, 2);

        assertThat(counts().count(BATCH)).isEqualTo(2);
    }

    private static void write(QuarantineWriterFactory sink, BatchKey key, int partition, long... recordNumbers) {
        try (QuarantineWriter writer = sink.open(key, partition)) {
            for (long recordNumber : recordNumbers) {
                writer.write(rejection(recordNumber));
            }
            writer.commit();
        }
    }

    private static Rejection rejection(long recordNumber) {
        return new Rejection(new RawEvent("e" + recordNumber, "u", "p", "n", "c", "-1", "view", "t",
                new Origin("events.csv", recordNumber)), Set.of(ReasonCode.NON_POSITIVE_PRICE));
    }
}
