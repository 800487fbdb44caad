package dev.ingest.adapter.postgres;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.SourceUnit;
import java.util.Collection;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Transaction-scoped PostgreSQL advisory locks that make concurrent attempts at the same work take turns: two commits
 * of one batch, two partitions storing the same file of a batch. Ids are hashes; a collision only makes unrelated
 * work wait.
 */
final class AdvisoryLocks {

    private static final String LOCK_FUNCTION = "pg_advisory_xact_lock";

    private AdvisoryLocks() {
    }

    /** Waits until no other transaction commits this batch; held until this transaction ends. */
    static void lockBatch(DSLContext dsl, BatchKey key) {
        // The two-int form: a lock space of its own, apart from the files' one-bigint locks.
        dsl.select(DSL.function(LOCK_FUNCTION, Object.class, DSL.val(key.streamId().hashCode()),
                DSL.val(Long.hashCode(key.batchId())))).fetch();
    }

    /**
     * Waits until no other transaction stores any of these units for this batch; held until this transaction ends.
     * Taken in one global order, so two partitions holding some of the same units cannot deadlock on them.
     */
    static void lockUnits(DSLContext dsl, BatchKey key, Collection<SourceUnit> units) {
        lock(dsl, units.stream().mapToLong(unit -> fileLockId(key, unit.id())));
    }

    /**
     * Waits until no other transaction records a range of these ranges' topic-partitions, for any stream; held until
     * this transaction ends. Taken after the units' own locks and their events' copies, in one global order: the
     * tasks that read sub-ranges of one topic-partition copy at once and take turns only to check and record their
     * ranges.
     */
    static void lockTopicPartitions(DSLContext dsl, Collection<OffsetRange> ranges) {
        lock(dsl, ranges.stream().mapToLong(AdvisoryLocks::topicPartitionLockId));
    }

    private static void lock(DSLContext dsl, LongStream ids) {
        for (long id : ids.sorted().distinct().toArray()) {
            dsl.select(DSL.function(LOCK_FUNCTION, Object.class, DSL.val(id))).fetch();
        }
    }

    private static long topicPartitionLockId(OffsetRange range) {
        return ((long) range.topic().hashCode() << 32) | (range.partition() & 0xFFFFFFFFL);
    }

    private static long fileLockId(BatchKey key, String path) {
        return ((long) key.streamId().hashCode() << 32)
                | ((Long.hashCode(key.batchId()) * 31L + path.hashCode()) & 0xFFFFFFFFL);
    }
}
