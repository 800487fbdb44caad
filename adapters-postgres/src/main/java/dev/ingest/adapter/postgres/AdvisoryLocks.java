package dev.ingest.adapter.postgres;

import dev.ingest.application.port.out.BatchKey;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Transaction-scoped PostgreSQL advisory locks that make concurrent attempts at the same work take turns: two commits
 * of one batch, two attempts at staging one partition. Ids are hashes; a collision only makes unrelated work wait.
 */
final class AdvisoryLocks {

    private static final String LOCK_FUNCTION = "pg_advisory_xact_lock";

    private AdvisoryLocks() {
    }

    /** Waits until no other transaction commits this batch; held until this transaction ends. */
    static void lockBatch(DSLContext dsl, BatchKey key) {
        // The two-int form: a lock space of its own, apart from the partitions' one-bigint locks.
        dsl.select(DSL.function(LOCK_FUNCTION, Object.class, DSL.val(key.streamId().hashCode()),
                DSL.val(Long.hashCode(key.batchId())))).fetch();
    }

    /** Waits until no other transaction stages this partition; held until this transaction ends. */
    static void lockPartition(DSLContext dsl, BatchKey key, int partitionId) {
        long id = ((long) key.streamId().hashCode() << 32)
                | ((Long.hashCode(key.batchId()) * 31L + partitionId) & 0xFFFFFFFFL);
        dsl.select(DSL.function(LOCK_FUNCTION, Object.class, DSL.val(id))).fetch();
    }
}
