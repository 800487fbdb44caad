package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.OffsetRange;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the ledger knows of the units the partitions stored, for the sources on the driver: the folder source's files
 * still held, and the Kafka source's offset ranges. A unit counts as stored once its partition committed, whether or
 * not its batch is recorded yet.
 */
public interface UnitLedger {

    /**
     * The files that a batch of the stream stored, whether the batch is recorded in the ledger yet or not, and that the
     * stream has not {@link #releaseFiles released} since: as far as it knows, still in its landing folder. Offset
     * ranges are no files.
     */
    Set<String> heldFiles(String streamId);

    /**
     * Marks the stream's stored files of these names released: they left the landing folder, so a file landing later
     * under the same name is new. Names it does not hold are ignored.
     */
    void releaseFiles(String streamId, Collection<String> sourceFiles);

    /**
     * The offset ranges of these topics that any stream's batches stored, ordered by topic, partition and offset;
     * those of {@code firstBatch}'s stream from that batch on are left out, since a replayed batch finds its own
     * ranges as it finds its files.
     */
    List<OffsetRange> storedRanges(Collection<String> topics, BatchKey firstBatch);
}
