package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.validation.Rejection;

/** Writes one partition's rejected records; they become visible, all at once, on {@link #commit()}. */
public interface QuarantineWriter extends AutoCloseable {

    void write(Rejection rejection);

    /** Makes the partition's rejections durable and visible, replacing an earlier attempt's. */
    void commit();

    /** Releases resources; abandons the partition's rejections when {@link #commit()} was not called. */
    @Override
    void close();
}
