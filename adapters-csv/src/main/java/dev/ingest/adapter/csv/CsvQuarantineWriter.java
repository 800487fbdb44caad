package dev.ingest.adapter.csv;

import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.event.EventField;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.validation.Rejection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one partition's rejections to a dot-prefixed file of its own attempt, and on commit renames it over the
 * partition's file, so a replayed partition replaces its earlier file instead of adding to it.
 */
final class CsvQuarantineWriter implements QuarantineWriter {

    private final Path target;
    private final Path temporary;
    private FileChannel channel;
    private CSVPrinter printer;

    CsvQuarantineWriter(Path target) {
        this.target = target;
        this.temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    @Override
    public void write(Rejection rejection) {
        try {
            if (printer == null) {
                open();
            }
            printer.printRecord(row(rejection));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine file " + temporary, e);
        }
    }

    @Override
    public void commit() {
        try {
            if (printer == null) {
                // Nothing rejected this time: an earlier attempt's file must not survive.
                Files.deleteIfExists(target);
                return;
            }
            printer.flush();
            channel.force(false);
            closeChannel();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit quarantine file " + target, e);
        }
    }

    @Override
    public void close() {
        try {
            closeChannel();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up quarantine file " + temporary, e);
        }
    }

    private void open() throws IOException {
        Files.createDirectories(target.getParent());
        channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        printer = new CSVPrinter(new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8)), QuarantineLayout.WRITE);
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
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
        row.add(record.origin().sourceFile());
        row.add(Long.toString(record.origin().recordNumber()));
        row.add(record instanceof UnreadableRecord unreadable ? unreadable.rawText() : "");
        return row;
    }
}
