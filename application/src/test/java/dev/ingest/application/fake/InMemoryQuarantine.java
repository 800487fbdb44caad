package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.ingest.port.out.QuarantineSink;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Quarantine in memory, per batch and partition; its sink finds the state through a JVM-wide registry. */
public final class InMemoryQuarantine implements Quarantine {

    private static final Map<String, InMemoryQuarantine> REGISTRY = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final Map<BatchKey, Map<Integer, List<Rejection>>> rejections = new LinkedHashMap<>();

    public InMemoryQuarantine() {
        REGISTRY.put(id, this);
    }

    public synchronized List<Rejection> rejections() {
        List<Rejection> all = new ArrayList<>();
        rejections.values().forEach(partitions -> partitions.values().forEach(all::addAll));
        return all;
    }

    @Override
    public synchronized void discard(BatchKey key) {
        rejections.remove(key);
    }

    @Override
    public QuarantineSink sink() {
        return new Sink(id);
    }

    private synchronized void replacePartition(BatchKey key, int partitionId, List<Rejection> written) {
        rejections.computeIfAbsent(key, k -> new TreeMap<>()).put(partitionId, List.copyOf(written));
    }

    private record Sink(String quarantineId) implements QuarantineSink {
        @Override
        public QuarantineWriter open(BatchKey key, int partitionId) {
            InMemoryQuarantine quarantine = REGISTRY.get(quarantineId);
            List<Rejection> buffer = new ArrayList<>();
            return new QuarantineWriter() {
                @Override
                public void write(Rejection rejection) {
                    buffer.add(rejection);
                }

                @Override
                public void commit() {
                    quarantine.replacePartition(key, partitionId, buffer);
                }

                @Override
                public void close() {
                    buffer.clear();
                }
            };
        }
    }
}
