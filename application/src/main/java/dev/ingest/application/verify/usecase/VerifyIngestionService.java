package dev.ingest.application.verify.usecase;

import dev.ingest.application.verify.port.in.BatchAccount;
import dev.ingest.application.verify.port.in.FileAccount;
import dev.ingest.application.verify.port.in.IngestionAccount;
import dev.ingest.application.verify.port.in.TableAccount;
import dev.ingest.application.verify.port.in.VerifyIngestionCommand;
import dev.ingest.application.verify.port.in.VerifyIngestionUseCase;
import dev.ingest.application.verify.port.out.ArrivedFile;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import dev.ingest.application.verify.port.out.RecordedFile;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.application.verify.port.out.QuarantineCounts;
import dev.ingest.domain.batch.LandedFile;
import dev.ingest.domain.batch.SourceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reconciles a stream file by file and batch by batch. Files are matched by name, since archiving moves a file and
 * the stream records it by its source path. The account holds when every arrived file was taken by a committed
 * batch with as many records as it holds, every batch's files add up to its records in, every batch's quarantine
 * holds as many rows as it quarantined, and, when the stream is the only one, the table holds what it stored.
 */
public final class VerifyIngestionService implements VerifyIngestionUseCase {

    private final ArrivedFiles arrivedFiles;
    private final IngestionAudit audit;
    private final QuarantineCounts quarantine;

    public VerifyIngestionService(ArrivedFiles arrivedFiles, IngestionAudit audit, QuarantineCounts quarantine) {
        this.arrivedFiles = arrivedFiles;
        this.audit = audit;
        this.quarantine = quarantine;
    }

    @Override
    public IngestionAccount verify(VerifyIngestionCommand command) {
        String streamId = command.streamId();
        List<RecordedFile> ingested = audit.files(streamId);
        // A log's offset ranges are no files: VerifyTopicsService accounts for them, by topic-partition.
        List<FileAccount> files = files(arrivedFiles.list(), ingested.stream()
                .filter(file -> SourceUnit.fromId(file.sourceFile()) instanceof LandedFile).toList());
        List<BatchAccount> batches = batches(audit.batches(streamId), ingested);
        TableAccount table = table(streamId, batches);
        List<String> problems = new ArrayList<>();
        files.forEach(file -> problem(file).ifPresent(problems::add));
        batches.forEach(batch -> problems.addAll(problems(batch)));
        if (!table.balanced()) {
            problems.add("table: holds " + table.tableRows() + " events but the stream's batches stored "
                    + table.storedByStream());
        }
        return new IngestionAccount(streamId, files, batches, table, problems);
    }

    private List<FileAccount> files(List<ArrivedFile> arrived, List<RecordedFile> ingested) {
        Map<String, List<ArrivedFile>> arrivedByName = arrived.stream()
                .collect(Collectors.groupingBy(ArrivedFile::name));
        Map<String, List<RecordedFile>> ingestedByName = ingested.stream()
                .collect(Collectors.groupingBy(RecordedFile::fileName));
        TreeSet<String> names = new TreeSet<>(arrivedByName.keySet());
        names.addAll(ingestedByName.keySet());
        List<FileAccount> accounts = new ArrayList<>();
        for (String name : names) {
            List<ArrivedFile> copies = arrivedByName.getOrDefault(name, List.of());
            List<RecordedFile> takes = ingestedByName.getOrDefault(name, List.of());
            List<RecordedFile> left = leftUnfound(copies, takes);
            List<RecordedFile> found = takes.stream().filter(take -> !left.contains(take)).toList();
            accounts.add(new FileAccount(name, copies.size(), copies.stream().mapToLong(ArrivedFile::records).sum(),
                    found.stream().map(RecordedFile::batchId).sorted().toList(),
                    found.stream().mapToLong(RecordedFile::records).sum(),
                    copies.stream().flatMap(copy -> copy.ignoredColumns().stream()).distinct().toList(),
                    left.stream().map(RecordedFile::batchId).sorted().toList(),
                    left.stream().mapToLong(RecordedFile::records).sum()));
        }
        return accounts;
    }

    /**
     * The released takes of a name that no archived copy accounts for: each released take is matched with an archived
     * copy of as many records, and those left without are files deleted or moved where verify does not look.
     */
    private static List<RecordedFile> leftUnfound(List<ArrivedFile> copies, List<RecordedFile> takes) {
        Map<Long, Integer> unmatched = new TreeMap<>();
        copies.stream().filter(ArrivedFile::archived).forEach(copy -> unmatched.merge(copy.records(), 1, Integer::sum));
        List<RecordedFile> left = new ArrayList<>();
        for (RecordedFile take : takes) {
            if (!take.released()) {
                continue;
            }
            if (unmatched.getOrDefault(take.records(), 0) > 0) {
                unmatched.merge(take.records(), -1, Integer::sum);
            } else {
                left.add(take);
            }
        }
        return left;
    }

    private List<BatchAccount> batches(List<LedgerEntry> entries, List<RecordedFile> ingested) {
        Map<Long, Long> recordsByBatch = new TreeMap<>();
        ingested.forEach(file -> recordsByBatch.merge(file.batchId(), file.records(), Long::sum));
        return entries.stream()
                .map(entry -> new BatchAccount(entry.key().batchId(), entry.outcome(),
                        recordsByBatch.getOrDefault(entry.key().batchId(), 0L), quarantine.count(entry.key())))
                .toList();
    }

    private TableAccount table(String streamId, List<BatchAccount> batches) {
        long stored = batches.stream().mapToLong(batch -> batch.outcome().stored()).sum();
        List<String> others = audit.streamIds().stream().filter(id -> !id.equals(streamId)).sorted().toList();
        return new TableAccount(stored, audit.storedEvents(), others);
    }

    private static Optional<String> problem(FileAccount file) {
        if (file.balanced()) {
            return Optional.empty();
        }
        if (!file.arrived()) {
            return Optional.of(file.name() + ": batch " + batchList(file) + " took " + file.recordedRecords()
                    + " records from it, but it is in neither the input nor the archive folder");
        }
        if (!file.processed()) {
            return Optional.of(file.name() + ": arrived with " + file.arrivedRecords()
                    + " records but no committed batch took it");
        }
        return Optional.of(file.name() + ": arrived with " + file.arrivedRecords()
                + " records but batch " + batchList(file) + " recorded " + file.recordedRecords());
    }

    private static List<String> problems(BatchAccount batch) {
        List<String> problems = new ArrayList<>();
        if (!batch.filesBalance()) {
            problems.add("batch " + batch.batchId() + ": took " + batch.outcome().recordsIn()
                    + " records but its recorded files hold " + batch.fileRecords());
        }
        if (!batch.quarantineBalances()) {
            problems.add("batch " + batch.batchId() + ": quarantined " + batch.outcome().quarantined()
                    + " records but its quarantine folder holds " + batch.quarantineRows());
        }
        return problems;
    }

    private static String batchList(FileAccount file) {
        return file.batchIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
