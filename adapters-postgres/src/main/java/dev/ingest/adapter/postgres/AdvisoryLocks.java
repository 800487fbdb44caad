package dev.ingest.adapter.postgres;

import dev.ingest.domain.batch.BatchKey;
import java.util.Collection;
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
     * Waits until no other transaction stores any of these files for this batch; held until this transaction ends.
     * Taken in one global order, so two partitions holding some of the same files cannot deadlock on them.
     */
    static void lockFiles(DSLContext dsl, BatchKey key, Collection<String> paths) {
        long[] ids = paths.stream().mapToLong(path -> fileLockId(key, path)).sorted().distinct().toArray();
        for (long id : ids) {
            dsl.select(DSL.function(LOCK_FUNCTION, Object.class, DSL.val(id))).fetch();
        }
    }

    private static long fileLockId(BatchKey key, String path) {
        return ((long) key.streamId().hashCode() << 32)
                | ((Long.hashCode(key.batchId()) * 31L + path.hashCode()) & 0xFFFFFFFFL);
    }
}
