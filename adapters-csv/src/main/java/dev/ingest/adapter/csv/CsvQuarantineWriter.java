package dev.ingest.adapter.csv;

import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.event.EventField;
import dev.ingest.domain.event.MessagePosition;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.validation.Rejection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.StreamCapabilities;

/**
 * Writes one partition's rejections so that a reader sees the attempt's file whole or not at all, and a replayed
 * partition replaces its earlier file instead of adding to it. Where the store renames atomically the rows go to a
 * dot-prefixed file of this attempt, renamed over the partition's file on commit; on an object store (see
 * {@link HadoopStore#publishesByRename}) they go straight to the partition's file, which appears, or replaces the
 * earlier one, only when the commit closes it.
 */
final class CsvQuarantineWriter implements QuarantineWriter {

    private final FileSystem fs;
    private final Path target;
    private final Path written;
    private FSDataOutputStream out;
    private CSVPrinter printer;
    private boolean temporaryLeft;

    CsvQuarantineWriter(FileSystem fs, Path target) {
        this.fs = fs;
        this.target = target;
        this.written = HadoopStore.publishesByRename(fs)
                ? new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp")
                : target;
    }

    @Override
    public void write(Rejection rejection) {
        try {
            if (printer == null) {
                open();
            }
            printer.printRecord(row(rejection));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine file " + HadoopStore.shown(written) + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            if (printer == null) {
                // Nothing rejected this time: an earlier attempt's file must not survive.
                fs.delete(target, false);
                return;
            }
            printer.flush();
            HadoopStore.sync(out);
            out = null;
            printer.close();
            if (written != target) {
                replaceTarget();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit quarantine file " + HadoopStore.shown(target) + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                abandon();
            }
            if (temporaryLeft) {
                fs.delete(written, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up quarantine file " + HadoopStore.shown(written) + ": "
                    + e.getMessage(), e);
        }
    }

    private void open() throws IOException {
        fs.mkdirs(target.getParent());
        // Only the partition's own file is overwritten, on an object store; an attempt's temporary name is new.
        out = fs.create(written, written == target);
        temporaryLeft = written != target;
        printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                QuarantineLayout.WRITE);
    }

    /** Hadoop's rename never replaces a file on HDFS (it answers false); the local disk's replaces it atomically. */
    private void replaceTarget() throws IOException {
        if (!fs.rename(written, target)) {
            // No reader sees a partial file; one may briefly see none, and a crash here leaves the batch unrecorded,
            // so its replay discards and writes the folder anew.
            fs.delete(target, false);
            if (!fs.rename(written, target)) {
                throw new IOException("the store refused to rename " + HadoopStore.shown(written) + " to "
                        + HadoopStore.shown(target));
            }
        }
        temporaryLeft = false;
    }

    /** Ends an uncommitted attempt without publishing its rows. */
    private void abandon() throws IOException {
        FSDataOutputStream abandoned = out;
        out = null;
        if (written == target && abandoned.hasCapability(StreamCapabilities.ABORTABLE_STREAM)) {
            abandoned.abort();
            return;
        }
        abandoned.close();
        if (written == target) {
            // An object store without abort published the partial file on close; the attempt failed, so its batch
            // is not recorded and will be written again.
            fs.delete(target, false);
        }
    }

    static List<String> row(Rejection rejection) {
        RawRecord record = rejection.record();
        List<String> row = new ArrayList<>(QuarantineLayout.HEADER.size());
        if (record instanceof RawEvent raw) {
            for (String field : new String[] {raw.eventId(), raw.userId(), raw.productId(), raw.productName(),
                    raw.category(), raw.price(), raw.eventType(), raw.timestamp()}) {
                row.add(field == null ? "" : field);
            }
        } else {
            for (int i = 0; i < EventField.NAMES.size(); i++) {
                row.add("");
            }
        }
        StringJoiner reasons = new StringJoiner(";");
        rejection.reasons().forEach(reason -> reasons.add(reason.name()));
        row.add(reasons.toString());
        row.add(record.origin().unitId());
        row.add(Long.toString(record.origin().recordNumber()));
        row.add(record instanceof UnreadableRecord unreadable ? unreadable.rawText() : "");
        MessagePosition message = record.origin().message();
        row.add(message == null ? "" : message.topic());
        row.add(message == null ? "" : Integer.toString(message.partition()));
        row.add(message == null ? "" : Long.toString(message.offset()));
        return row;
    }
}
