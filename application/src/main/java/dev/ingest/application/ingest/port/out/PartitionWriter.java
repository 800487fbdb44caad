package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.util.List;

/**
 * Stores one partition's valid events in a transaction of its own, unit by unit exactly once: nothing is stored
 * until {@link #commit(List)}.
 */
public interface PartitionWriter extends AutoCloseable {

    /** Adds one valid event of the unit its origin names; an id written before in this partition is a duplicate. */
    void write(Event event, Origin origin);

    /**
     * In one transaction: stores the events of every unit in {@code units} that this batch has not stored yet, ids
     * stored before counting as duplicates, and records each such unit's tally. A unit an earlier attempt at this
     * batch stored is left as it is and its recorded tally returned, so a re-run partition, however the batch's units
     * are partitioned this time, stores nothing twice.
     *
     * @param units every unit the partition read, in reading order, including those without valid events
     * @return one tally per unit, in the same order
     */
    List<UnitTally> commit(List<UnitRead> units);

    /**
     * How many times this partition's storing was retried after a transient failure (a lost connection, a deadlock),
     * so that the count reaches the driver with the partition's tally wherever the partition ran.
     */
    long retries();

    /** Releases resources; abandons the partition's events when {@link #commit(List)} was not called. */
    @Override
    void close();
}
