package dev.ingest.domain.batch;

import java.io.Serializable;

/**
 * One unit of a batch, read and stored whole, in one transaction with its per-unit row: a landed file, or a log's
 * range of offsets. Its {@link #id()} names it in the per-unit rows and in its records' origins.
 */
public sealed interface SourceUnit extends Serializable permits LandedFile, OffsetRange {

    String id();

    /** The unit a stored id names: the range of a {@code kafka://…} id, the landed file of any other. */
    static SourceUnit fromId(String id) {
        return OffsetRange.fromId(id).<SourceUnit>map(range -> range).orElseGet(() -> new LandedFile(id));
    }
}
