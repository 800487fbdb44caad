package dev.ingest.application.ingest.usecase;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.ingest.application.ingest.port.in.BatchUnits;
import dev.ingest.application.ingest.port.in.IngestBatchCommand;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.ingest.port.out.QuarantineSink;
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
    @Mock private QuarantineSink sink;
    @Mock private MetricsLog metrics;
    @Mock private BatchUnits units;

    private IngestBatchService service() {
        return new IngestBatchService(store, writers, quarantine, metrics, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void clears_the_quarantine_then_processes_then_commits_exactly_once() {
        BatchTally tally = new BatchTally(new BatchOutcome(1, 1, 0, 0, Map.of()), List.of(), StageTimings.NONE);
        when(store.committed(KEY)).thenReturn(Optional.empty());
        when(quarantine.sink()).thenReturn(sink);
        when(units.ingest(any())).thenReturn(tally);
        when(store.commit(KEY, tally, NOW)).thenReturn(new BatchOutcome(1, 1, 0, 0, Map.of()));

        service().ingest(new IngestBatchCommand(KEY, units));

        InOrder order = inOrder(store, quarantine, units, metrics);
        order.verify(store).committed(KEY);
        order.verify(quarantine).discard(KEY);
        order.verify(units).ingest(any(IngestPartitionService.class));
        order.verify(store).commit(KEY, tally, NOW);
        order.verify(metrics).record(any());
        verifyNoMoreInteractions(store, units, metrics);
    }

    @Test
    void a_committed_batch_is_neither_cleared_nor_processed_nor_committed_again() {
        when(store.committed(KEY)).thenReturn(Optional.of(new BatchOutcome(3, 2, 1, 0, Map.of())));

        service().ingest(new IngestBatchCommand(KEY, units));

        verify(quarantine, never()).discard(any());
        verify(store, never()).commit(any(), any(), any());
        verify(units, never()).ingest(any());
        verify(metrics).record(any());
    }
}
