package dev.ingest.application.port.out;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;

/** Stages one partition's valid events; nothing is visible to the commit until {@link #commit()} returns. */
public interface StagingWriter extends AutoCloseable {

    /** Adds one event; its origin decides which occurrence of a repeated event id comes first. */
    void write(Event event, Origin origin);

    /** Makes the partition's events durable, replacing an earlier attempt's, and returns how many were staged. */
    long commit();

    /** Releases resources; abandons the partition's events when {@link #commit()} was not called. */
    @Override
    void close();
}
