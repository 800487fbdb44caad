package dev.ingest.application.ingest.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.ingest.application.ingest.port.in.BatchStart;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.ingest.port.out.QuarantineWriterFactory;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.StageTimings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The order of the calls is the exactly-once protocol itself, so here the interaction is the behaviour. */
@ExtendWith(MockitoExtension.class)
class IngestBatchServiceOrderTest {

    private static final BatchKey KEY = new BatchKey("stream-1", 7);
    private static final Instant NOW = Instant.parse("2024-03-15T15:00:00Z");

    @Mock private BatchCommitter store;
    @Mock private PartitionWriterFactory writers;
    @Mock private Quarantine quarantine;
    @Mock private QuarantineWriterFactory quarantineWriters;
    @Mock private MetricsLog metrics;

    private IngestBatchService service() {
        return new IngestBatchService(store, writers, quarantine, metrics, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void begin_checks_the_record_and_clears_the_quarantine_and_only_commit_records_the_batch() {
        BatchTally tally = new BatchTally(new BatchOutcome(1, 1, 0, 0, Map.of()), List.of(), StageTimings.NONE);
        when(store.committed(KEY)).thenReturn(Optional.empty());
        when(quarantine.writers()).thenReturn(quarantineWriters);
        when(store.commit(KEY, tally, NOW)).thenReturn(new BatchOutcome(1, 1, 0, 0, Map.of()));
        IngestBatchService service = service();

        BatchStart start = service.begin(KEY);

        InOrder order = inOrder(store, quarantine, metrics);
        order.verify(store).committed(KEY);
        order.verify(quarantine).discard(KEY);
        verifyNoMoreInteractions(store, metrics);
        assertThat(start).isInstanceOfSatisfying(BatchStart.Begun.class, begun -> {
            assertThat(begun.key()).isEqualTo(KEY);
            assertThat(begun.partitions()).isInstanceOf(BatchPartitions.class);
        });

        service.commit((BatchStart.Begun) start, tally);

        order.verify(store).commit(KEY, tally, NOW);
        order.verify(metrics).record(any());
        verifyNoMoreInteractions(store, metrics);
    }

    @Test
    void a_committed_batch_is_neither_cleared_nor_run_nor_committed_again() {
        when(store.committed(KEY)).thenReturn(Optional.of(new BatchOutcome(3, 2, 1, 0, Map.of())));

        BatchStart start = service().begin(KEY);

        assertThat(start).isInstanceOfSatisfying(BatchStart.Recorded.class,
                recorded -> assertThat(recorded.batch().replay()).isTrue());
        verify(quarantine, never()).discard(any());
        verify(store, never()).commit(any(), any(), any());
        verify(metrics).record(any());
    }
}
