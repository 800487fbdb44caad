package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.FolderUris;
import dev.ingest.application.verify.port.in.BatchAccount;
import dev.ingest.application.verify.port.in.FileAccount;
import dev.ingest.application.verify.port.in.IngestionAccount;
import dev.ingest.application.verify.port.in.TableAccount;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints a stream's account: one line per file, one per batch, the totals and the table check. */
final class VerifyAccountText {

    private final PrintWriter out;

    VerifyAccountText(PrintWriter out) {
        this.out = out;
    }

    void print(IngestionAccount account, URI input, Optional<URI> archive, URI errorDir) {
        out.println("Stream " + account.streamId() + ": input " + FolderUris.shown(input)
                + archive.map(dir -> ", archive " + FolderUris.shown(dir)).orElse("") + ", quarantine "
                + FolderUris.shown(errorDir));
        out.println();
        printFiles(account);
        out.println();
        printBatches(account);
        out.println();
        out.printf("Total: %d files, %d records arrived; %d in = %d stored + %d duplicates + %d quarantined%n",
                account.files().stream().mapToInt(FileAccount::arrivedCopies).sum(), account.arrivedRecords(),
                account.recordsIn(), account.stored(), account.duplicates(), account.quarantined());
        List<FileAccount> left = account.files().stream().filter(FileAccount::left).toList();
        if (!left.isEmpty()) {
            out.printf("Not re-read: %d files that left the landing folder after their batch (deleted, or moved where"
                    + " verify does not look); their %d records are counted as the ledger has them%n",
                    left.stream().mapToInt(file -> file.leftBatchIds().size()).sum(),
                    left.stream().mapToLong(FileAccount::leftRecords).sum());
        }
        out.println(tableLine(account.table()));
    }

    private void printFiles(IngestionAccount account) {
        int width = Math.max(4, account.files().stream().mapToInt(file -> file.name().length()).max().orElse(0));
        String format = "%-" + width + "s  %8s  %-7s  %8s  %s";
        row(format, "File", "Arrived", "Batch", "Recorded", "");
        for (FileAccount file : account.files()) {
            if (!file.arrived() && !file.processed() && file.left()) {
                row(format, file.name(), "-", batchList(file.leftBatchIds()), String.valueOf(file.leftRecords()),
                        "ok (left the folder; not re-read)");
                continue;
            }
            row(format, file.name(), file.arrived() ? String.valueOf(file.arrivedRecords()) : "-",
                    file.processed() ? file.batchIds().stream().map(String::valueOf).collect(Collectors.joining(","))
                            : "-",
                    file.processed() ? String.valueOf(file.recordedRecords()) : "-", status(file));
        }
    }

    private void printBatches(IngestionAccount account) {
        String format = "%7s  %8s  %8s  %10s  %11s  %13s  %s";
        row(format, "Batch", "In", "Stored", "Duplicates", "Quarantined", "In quarantine", "");
        for (BatchAccount batch : account.batches()) {
            row(format, batch.batchId(), batch.outcome().recordsIn(), batch.outcome().stored(),
                    batch.outcome().duplicates(), batch.outcome().quarantined(), batch.quarantineRows(), status(batch));
        }
    }

    private void row(String format, Object... cells) {
        out.println(String.format(format, cells).stripTrailing());
    }

    private static String status(FileAccount file) {
        if (!file.arrived()) {
            return "NOT FOUND";
        }
        if (!file.processed()) {
            return file.balanced() ? "ok (no records)" : "NOT PROCESSED";
        }
        String ignored = file.ignoredColumns().isEmpty() ? ""
                : "; columns not read: " + String.join(", ", file.ignoredColumns());
        String left = file.left() ? "; batch " + batchList(file.leftBatchIds()) + " took " + file.leftRecords()
                + " more records from files of this name that left the folder" : "";
        return (file.balanced() ? "ok" : "COUNTS DIFFER") + ignored + left;
    }

    private static String batchList(List<Long> batchIds) {
        return batchIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String status(BatchAccount batch) {
        if (!batch.filesBalance()) {
            return "FILES DIFFER";
        }
        return batch.quarantineBalances() ? "ok" : "QUARANTINE DIFFERS";
    }

    private static String tableLine(TableAccount table) {
        if (!table.comparable()) {
            return "Table user_events: " + table.tableRows() + " rows; not compared, since " + table.otherStreams().size()
                    + " other stream(s) stored events too (this one stored " + table.storedByStream() + ")";
        }
        return "Table user_events: " + table.tableRows() + " rows, this stream stored " + table.storedByStream()
                + (table.balanced() ? "" : "  DIFFERS");
    }
}
