package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.OffsetRange;
import java.util.List;

/** Tells a log source which offset ranges of its topics any stream stored, so that nothing is stored twice. */
public interface FindStoredRangesUseCase {

    /** The stored ranges, ordered by topic, partition and offset. */
    List<OffsetRange> find(FindStoredRangesCommand command);
}
