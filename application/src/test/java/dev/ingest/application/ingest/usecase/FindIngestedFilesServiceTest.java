package dev.ingest.application.ingest.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.ingest.port.in.FindIngestedFilesCommand;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.FileRead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FindIngestedFilesServiceTest {

    @Test
    void a_listing_longer_than_a_chunk_is_asked_about_in_chunks_and_every_stored_file_is_found() {
        InMemoryBatchCommitter store = new InMemoryBatchCommitter();
        List<String> listing = IntStream.range(0, FindIngestedFilesService.CHUNK * 2 + 7)
                .mapToObj(i -> "f" + i + ".csv").toList();
        List<String> stored = List.of("f0.csv", "f" + FindIngestedFilesService.CHUNK + ".csv",
                "f" + (listing.size() - 1) + ".csv");
        List<FileRead> files = new ArrayList<>();
        stored.forEach(file -> files.add(new FileRead(file, Instant.EPOCH, 0, 0)));
        try (var writer = store.writers().open(new BatchKey("s", 0), 0)) {
            writer.commit(files);
        }
        List<Integer> asked = new ArrayList<>();
        FindIngestedFilesService service = new FindIngestedFilesService(new CountingStore(store, asked));

        Set<String> found = service.find(new FindIngestedFilesCommand("s", listing));

        assertThat(found).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(asked).containsExactly(FindIngestedFilesService.CHUNK, FindIngestedFilesService.CHUNK, 7);
        assertThat(service.find(new FindIngestedFilesCommand("other", listing))).isEmpty();
    }

    /** The fake store, noting the size of each question. */
    private record CountingStore(InMemoryBatchCommitter store, List<Integer> asked)
            implements BatchCommitter {
        @Override
        public Optional<BatchOutcome> committed(BatchKey key) {
            return store.committed(key);
        }

        @Override
        public BatchOutcome commit(BatchKey key, BatchTally tally, Instant startedAt) {
            return store.commit(key, tally, startedAt);
        }

        @Override
        public Set<String> storedFiles(String streamId, Collection<String> sourceFiles) {
            asked.add(sourceFiles.size());
            return store.storedFiles(streamId, sourceFiles);
        }

        @Override
        public List<OffsetRange> storedRanges(Collection<String> topics, BatchKey firstBatch) {
            return store.storedRanges(topics, firstBatch);
        }
    }
}
