package dev.ingest.adapter.spark.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ingest.adapter.kafka.testing.KafkaTestBroker;
import dev.ingest.adapter.spark.EventSources;
import dev.ingest.adapter.spark.SharedSpark;
import dev.ingest.adapter.spark.SparkEventStream;
import dev.ingest.adapter.spark.StreamSettings;
import dev.ingest.adapter.spark.StreamTrigger;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryMetricsLog;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.application.ingest.usecase.FindHeldFilesService;
import dev.ingest.application.ingest.usecase.ReleaseFilesService;
import dev.ingest.application.ingest.usecase.FindStoredRangesService;
import dev.ingest.application.ingest.usecase.IngestBatchService;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.MessageFormat;
import dev.ingest.domain.event.MessagePosition;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.Rejection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream over a real broker's topic, into the application's in-memory store and quarantine. */
class KafkaEventStreamIT {

    private static final KafkaTestBroker KAFKA = KafkaTestBroker.shared();

    @TempDir
    Path dir;

    private final String topic = "events-" + UUID.randomUUID().toString().substring(0, 8);
    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();
    private final InMemoryQuarantine quarantine = new InMemoryQuarantine();
    private final InMemoryMetricsLog metrics = new InMemoryMetricsLog();

    @BeforeEach
    void createTopic() {
        KAFKA.createTopic(topic, 2);
    }

    @Test
    void every_message_ends_stored_duplicate_quarantined_or_skipped_exactly_once() {
        send(0, json("e1", "19.99", "\"2024-03-01 10:00:00\""), json("e2", "120.50", "1709287200000"),
                json("e1", "19.99", "\"2024-03-01 10:00:00\""), "{\"event_id\":\"e3\"".getBytes(StandardCharsets.UTF_8));
        send(1, json("e4", "\"abc\"", "\"2024-03-01 10:00:03\""), null, new byte[] {(byte) 0xFF, '{'},
                "{\"event_id\":\"e5\"}".getBytes(StandardCharsets.UTF_8),
                json("e6", "2.00", "\"2024-03-01 10:00:05\""));

        run(settings("checkpoint"));

        assertThat(store.events()).extracting(Event::eventId).containsExactlyInAnyOrder("e1", "e2", "e6");
        assertThat(quarantine.rejections())
                .extracting(rejection -> rejection.record().origin().position().orElseThrow(), Rejection::reasons)
                .containsExactlyInAnyOrder(
                        tuple(new MessagePosition(topic, 0, 3), Set.of(ReasonCode.MALFORMED_RECORD)),
                        tuple(new MessagePosition(topic, 1, 0), Set.of(ReasonCode.INVALID_PRICE)),
                        tuple(new MessagePosition(topic, 1, 2), Set.of(ReasonCode.INVALID_CHARACTERS)),
                        tuple(new MessagePosition(topic, 1, 3), Set.of(ReasonCode.SCHEMA_MISMATCH)));
        assertThat(metrics.batches()).singleElement().satisfies(batch -> {
            assertThat(batch.outcome().recordsIn()).isEqualTo(8);
            assertThat(batch.outcome().stored()).isEqualTo(3);
            assertThat(batch.outcome().duplicates()).isEqualTo(1);
            assertThat(batch.outcome().quarantined()).isEqualTo(4);
            assertThat(batch.tally().units())
                    .extracting(UnitTally::unitId, UnitTally::records, UnitTally::skipped)
                    .containsExactlyInAnyOrder(
                            tuple(new OffsetRange(topic, 0, 0, 4).id(), 4L, 0L),
                            tuple(new OffsetRange(topic, 1, 0, 5).id(), 4L, 1L));
        });
    }

    @Test
    void a_restart_reads_only_what_came_after_and_a_lost_checkpoint_stores_nothing_twice() {
        send(0, json("e1", "1.00", "\"2024-03-01 10:00:00\""), json("e2", "1.00", "\"2024-03-01 10:00:01\""));
        run(settings("checkpoint"));
        send(0, json("e3", "1.00", "\"2024-03-01 10:00:02\""));
        send(1, json("e4", "1.00", "\"2024-03-01 10:00:03\""));

        run(settings("checkpoint"));
        run(settings("a-new-checkpoint"));

        assertThat(store.events()).extracting(Event::eventId).containsExactlyInAnyOrder("e1", "e2", "e3", "e4");
        assertThat(metrics.batches()).extracting(batch -> batch.outcome().recordsIn(),
                batch -> batch.outcome().duplicates()).containsExactly(tuple(2L, 0L), tuple(2L, 0L), tuple(0L, 0L));
        // The first batch holds partition 0 alone: the session's two cores read its range as two sub-ranges.
        assertThat(store.storedRanges(List.of(topic), new BatchKey("none", 0))).containsExactly(
                new OffsetRange(topic, 0, 0, 1), new OffsetRange(topic, 0, 1, 2), new OffsetRange(topic, 0, 2, 3),
                new OffsetRange(topic, 1, 0, 1));
    }

    @Test
    void a_lost_checkpoint_reads_what_the_old_stream_had_not_read_yet() {
        send(0, json("e1", "1.00", "\"2024-03-01 10:00:00\""), json("e2", "1.00", "\"2024-03-01 10:00:01\""));
        run(settings("checkpoint"));
        send(0, json("e3", "1.00", "\"2024-03-01 10:00:02\""));

        run(settings("a-new-checkpoint"));

        assertThat(store.events()).extracting(Event::eventId).containsExactlyInAnyOrder("e1", "e2", "e3");
        assertThat(metrics.batches()).extracting(batch -> batch.outcome().recordsIn()).containsExactly(2L, 1L);
    }

    @Test
    void a_new_stream_at_latest_counts_the_offsets_it_never_reads_as_missed() {
        send(0, json("e1", "1.00", "\"2024-03-01 10:00:00\""), json("e2", "1.00", "\"2024-03-01 10:00:01\""));
        send(1, json("e3", "1.00", "\"2024-03-01 10:00:02\""));
        KafkaSourceSettings kafka = settings("checkpoint").kafka().orElseThrow();
        StreamSettings atLatest = settings("checkpoint").withKafka(KafkaSourceSettings.of(kafka.bootstrapServers(),
                kafka.topics(), MessageFormat.JSON, StartingOffsets.LATEST, OptionalLong.empty(), false, Map.of()));
        run(atLatest);
        send(0, json("e4", "1.00", "\"2024-03-01 10:00:03\""));

        run(atLatest);

        assertThat(store.events()).extracting(Event::eventId).containsExactly("e4");
        assertThat(metrics.batches().stream().mapToLong(batch -> batch.outcome().recordsIn()).sum()).isOne();
        assertThat(metrics.batches().stream().mapToLong(batch -> batch.tally().missedOffsets()).sum())
                .as("offsets 0-1 of partition 0 were never read").isEqualTo(2);
    }

    @Test
    void a_topic_with_fewer_partitions_than_cores_is_read_by_a_task_per_core_each_sub_range_stored_once() {
        String single = topic + "-single";
        KAFKA.createTopic(single, 1);
        KAFKA.send(single, 0, "key", List.of(json("e1", "1.00", "\"2024-03-01 10:00:00\""),
                json("e2", "1.00", "\"2024-03-01 10:00:01\""), json("e3", "1.00", "\"2024-03-01 10:00:02\""),
                json("e4", "1.00", "\"2024-03-01 10:00:03\""), json("e5", "1.00", "\"2024-03-01 10:00:04\""),
                json("e6", "1.00", "\"2024-03-01 10:00:05\"")));
        KafkaSourceSettings onSingle = KafkaSourceSettings.of(KAFKA.bootstrapServers(), List.of(single));

        run(settings("checkpoint").withKafka(onSingle));
        run(settings("a-new-checkpoint").withKafka(onSingle));

        assertThat(store.events()).extracting(Event::eventId)
                .containsExactlyInAnyOrder("e1", "e2", "e3", "e4", "e5", "e6");
        // The session's two cores: the batch's range of the one partition is read by two tasks, as two units.
        assertThat(metrics.batches().get(0).tally().units()).extracting(UnitTally::unit)
                .hasSize(2)
                .allSatisfy(unit -> assertThat(((OffsetRange) unit).span()).isPositive());
        assertThat(store.storedRanges(List.of(single), new BatchKey("none", 0)))
                .hasSize(2)
                .satisfies(ranges -> {
                    assertThat(ranges.get(0).fromOffset()).isZero();
                    assertThat(ranges.get(0).untilOffset()).isEqualTo(ranges.get(1).fromOffset());
                    assertThat(ranges.get(1).untilOffset()).isEqualTo(6);
                });
        assertThat(metrics.batches()).extracting(batch -> batch.outcome().recordsIn()).containsExactly(6L, 0L);
    }

    @Test
    void csv_lines_and_a_per_trigger_limit_make_several_batches() {
        send(0, csv("e1"), csv("e2"), csv("e3"), "e4,u4,too,few".getBytes(StandardCharsets.UTF_8), csv("e5"));
        StreamSettings settings = settings("checkpoint");
        KafkaSourceSettings kafka = settings.kafka().orElseThrow();

        run(settings.withKafka(KafkaSourceSettings.of(kafka.bootstrapServers(), kafka.topics(), MessageFormat.CSV,
                StartingOffsets.EARLIEST, OptionalLong.of(2), false, Map.of())));

        assertThat(store.events()).extracting(Event::eventId).containsExactlyInAnyOrder("e1", "e2", "e3", "e5");
        assertThat(metrics.batches()).extracting(batch -> batch.outcome().recordsIn()).containsExactly(2L, 2L, 1L);
        assertThat(quarantine.rejections()).singleElement().extracting(Rejection::reasons)
                .isEqualTo(Set.of(ReasonCode.MALFORMED_RECORD));
    }

    private StreamSettings settings(String checkpoint) {
        return StreamSettings.of(dir.resolve("unused-input").toUri(), dir.resolve(checkpoint).toUri())
                .withTrigger(StreamTrigger.availableNow())
                .withKafka(KafkaSourceSettings.of(KAFKA.bootstrapServers(), List.of(topic)));
    }

    private void run(StreamSettings settings) {
        IngestBatchService service = new IngestBatchService(store, store.writers(), quarantine, metrics,
                Clock.systemUTC());
        new SparkEventStream(SharedSpark.session(), settings, service, EventSources.kafka(settings, store)).run();
    }

    private void send(int partition, byte[]... values) {
        KAFKA.send(topic, partition, "key", Arrays.asList(values));
    }

    private static byte[] json(String eventId, String price, String timestamp) {
        return ("{\"event_id\":\"" + eventId + "\",\"user_id\":\"u1\",\"product_id\":\"p1\",\"product_name\":\"Lamp\","
                + "\"category\":\"Home\",\"price\":" + price + ",\"event_type\":\"view\",\"timestamp\":" + timestamp
                + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv(String eventId) {
        return (eventId + ",u1,p1,\"Lamp, tall\",Home,1.50,view,2024-03-01 10:00:00").getBytes(StandardCharsets.UTF_8);
    }
}
