package dev.ingest.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ingest.application.ingest.port.out.QuarantineWriterFactory;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.event.MessagePosition;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV quarantine's files, their layout and contents; the rest is in {@link CsvQuarantineContractTest}. */
class CsvQuarantineTest {

    private static final BatchKey BATCH = new BatchKey("stream_1-a", 7);
    private static final RawEvent AWKWARD = new RawEvent(" id,1 ", "say \"hi\"", "line\nbreak", "tab\there", null, "",
            "\u0000", "é✓ 😀", new Origin("file:///in/events_1.csv", 3));
    private static final UnreadableRecord UNREADABLE = new UnreadableRecord("a,\"b,c\n,d", ReasonCode.MALFORMED_RECORD,
            new Origin("events_2.csv", 9));

    @TempDir
    Path errorDir;

    private CsvQuarantine quarantine() {
        return new CsvQuarantine(errorDir.toUri(), Map.of());
    }

    @Test
    void rows_come_back_as_written_with_raw_fields_reasons_and_origin() {
        write(quarantine().writers(), BATCH, 0, new Rejection(AWKWARD, EnumSet.of(ReasonCode.MISSING_CATEGORY,
                ReasonCode.MISSING_PRICE, ReasonCode.INVALID_CHARACTERS)), new Rejection(UNREADABLE,
                Set.of(ReasonCode.MALFORMED_RECORD)));

        List<QuarantinedRecord> rows = quarantine().read(BATCH);

        assertThat(rows).containsExactly(
                new QuarantinedRecord(Arrays.asList(" id,1 ", "say \"hi\"", "line\nbreak", "tab\there", "", "",
                        "\u0000", "é✓ 😀"), EnumSet.of(ReasonCode.MISSING_CATEGORY, ReasonCode.MISSING_PRICE,
                        ReasonCode.INVALID_CHARACTERS), "file:///in/events_1.csv", 3, ""),
                new QuarantinedRecord(List.of("", "", "", "", "", "", "", ""), EnumSet.of(ReasonCode.MALFORMED_RECORD),
                        "events_2.csv", 9, "a,\"b,c\n,d"));
    }

    @Test
    void writes_a_deterministic_file_per_batch_and_partition_with_the_header() throws IOException {
        write(quarantine().writers(), BATCH, 3, new Rejection(UNREADABLE, Set.of(ReasonCode.MALFORMED_RECORD)));

        Path file = errorDir.resolve("stream=stream_1-a/batch=7/part-00003.csv");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(
                "event_id,user_id,product_id,product_name,category,price,event_type,timestamp,error_reason,source_file,"
                        + "record_number,raw_record,topic,partition,offset");
        assertThat(filesUnder(errorDir)).containsExactly(file);
    }

    @Test
    void a_kafka_message_is_written_with_its_topic_partition_and_offset_and_a_file_record_without() throws IOException {
        Origin message = new Origin("kafka://events/2/40-50", 3, new MessagePosition("events", 2, 42));
        write(quarantine().writers(), BATCH, 0,
                new Rejection(new UnreadableRecord("{\"event_id\"", ReasonCode.MALFORMED_RECORD, message),
                        Set.of(ReasonCode.MALFORMED_RECORD)),
                new Rejection(UNREADABLE, Set.of(ReasonCode.MALFORMED_RECORD)));

        List<String> lines = Files.readAllLines(errorDir.resolve("stream=stream_1-a/batch=7/part-00000.csv"));

        assertThat(lines.get(1)).isEqualTo("\"\",,,,,,,,MALFORMED_RECORD,kafka://events/2/40-50,3,\"{\"\"event_id\"\"\","
                + "events,2,42");
        assertThat(lines.get(lines.size() - 1)).endsWith("\",,,");
        assertThat(quarantine().read(BATCH)).extracting(QuarantinedRecord::sourceFile)
                .containsExactly("kafka://events/2/40-50", "events_2.csv");
    }

    @Test
    void a_writer_closed_without_commit_leaves_no_temporary_file_behind() throws IOException {
        write(quarantine().writers(), BATCH, 0, rejection(1));
        try (QuarantineWriter abandoned = quarantine().writers().open(BATCH, 0)) {
            abandoned.write(rejection(2));
        }

        assertThat(filesUnder(errorDir)).containsExactly(errorDir.resolve("stream=stream_1-a/batch=7/part-00000.csv"));
        assertThat(quarantine().read(BATCH)).extracting(QuarantinedRecord::recordNumber).containsExactly(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/b", "with space", "dot.dot", "é"})
    void refuses_a_stream_id_that_could_become_a_path(String streamId) {
        BatchKey key = new BatchKey(streamId, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> quarantine().writers().open(key, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> quarantine().discard(key));
    }

    private static Rejection rejection(long recordNumber) {
        return new Rejection(new RawEvent("e" + recordNumber, "u", "p", "n", "c", "-1", "view", "t",
                new Origin("events.csv", recordNumber)), Set.of(ReasonCode.NON_POSITIVE_PRICE));
    }

    private static void write(QuarantineWriterFactory sink, BatchKey key, int partition, Rejection... rejections) {
        try (QuarantineWriter writer = sink.open(key, partition)) {
            for (Rejection rejection : rejections) {
                writer.write(rejection);
            }
            writer.commit();
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
