package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.ingest.port.out.QuarantineWriterFactory;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.application.verify.port.out.QuarantineCounts;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quarantine in memory, per batch and partition, with the CSV adapter's semantics; its writers, serialized to executor
 * threads by Spark's local mode, finds the state through a JVM-wide {@link InstanceRegistry}.
 */
public final class InMemoryQuarantine implements Quarantine, QuarantineCounts {

    private static final InstanceRegistry<InMemoryQuarantine> REGISTRY = new InstanceRegistry<>();

    private final String id = REGISTRY.register(this);
    private final Map<BatchKey, Map<Integer, List<Rejection>>> rejections = new LinkedHashMap<>();

    public synchronized List<Rejection> rejections() {
        List<Rejection> all = new ArrayList<>();
        rejections.values().forEach(partitions -> partitions.values().forEach(all::addAll));
        return all;
    }

    @Override
    public synchronized long count(BatchKey key) {
        return rejections.getOrDefault(key, Map.of()).values().stream().mapToLong(List::size).sum();
    }

    @Override
    public synchronized void discard(BatchKey key) {
        rejections.remove(key);
    }

    @Override
    public QuarantineWriterFactory writers() {
        return new Writers(id);
    }

    private synchronized void replacePartition(BatchKey key, int partitionId, List<Rejection> written) {
        rejections.computeIfAbsent(key, k -> new TreeMap<>()).put(partitionId, List.copyOf(written));
    }

    private record Writers(String quarantineId) implements QuarantineWriterFactory {
        @Override
        public QuarantineWriter open(BatchKey key, int partitionId) {
            InMemoryQuarantine quarantine = REGISTRY.find(quarantineId);
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
