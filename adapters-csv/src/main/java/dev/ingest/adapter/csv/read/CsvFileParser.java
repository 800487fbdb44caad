package dev.ingest.adapter.csv.read;

import dev.ingest.adapter.csv.EventFileFormat;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the text of one event file into records, numbered from 1 after the header, and never throws on what the file
 * holds: every piece of text ends up in a record. The text is read as it arrives and parsed in pieces that end where
 * records end ({@link RecordChunks}), so a file of any size takes bounded memory.
 *
 * <ul>
 *   <li>RFC 4180 quoting ({@code "} escapes itself; quoted fields may hold commas, quotes and line breaks); CRLF, LF
 *       or CR line ends; a leading UTF-8 byte-order mark is dropped; empty lines are not records.</li>
 *   <li>The header is read by name ({@link EventCsvHeader}); columns beyond the eight are ignored or, with
 *       {@link ExtraColumns#REJECT}, make the file a mismatch. The header is never a record. In a file whose header
 *       lacks one of the eight (or repeats one) every row is {@link ReasonCode#SCHEMA_MISMATCH}; a first line that names
 *       none of them may be data, and is a {@code SCHEMA_MISMATCH} record too.</li>
 *   <li>A row with another number of fields than the header is {@link ReasonCode#MALFORMED_RECORD} with its original
 *       text. Broken
 *       quoting makes the line where the failing record starts malformed, and parsing resumes on the next line, so
 *       the rest of the file is still accounted for.</li>
 * </ul>
 */
public final class CsvFileParser {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String sourceFile;
    private final ExtraColumns extraColumns;
    private final Consumer<RawRecord> records;
    private String text;
    private boolean headerSeen;
    /** The header's reading; a {@link EventCsvHeader.Columns} when the rows are events. */
    private EventCsvHeader.Reading header;
    private long recordNumber;

    private CsvFileParser(String sourceFile, ExtraColumns extraColumns, Consumer<RawRecord> records) {
        this.sourceFile = sourceFile;
        this.extraColumns = extraColumns;
        this.records = records;
    }

    /**
     * Parses one file's text as the reader gives it, handing each record to {@code records} in file order.
     *
     * @return the names of the header's columns that were not read (with {@link ExtraColumns#IGNORE})
     * @throws IOException only when the reader fails
     */
    public static List<String> parse(String sourceFile, Reader fileText, ExtraColumns extraColumns,
            Consumer<RawRecord> records) throws IOException {
        return parse(sourceFile, new RecordChunks(fileText), extraColumns, records);
    }

    static List<String> parse(String sourceFile, RecordChunks pieces, ExtraColumns extraColumns,
            Consumer<RawRecord> records) throws IOException {
        CsvFileParser parser = new CsvFileParser(sourceFile, extraColumns, records);
        String piece = pieces.next();
        if (piece != null && !piece.isEmpty() && piece.charAt(0) == BYTE_ORDER_MARK) {
            piece = piece.substring(1);
        }
        for (; piece != null; piece = pieces.next()) {
            parser.parsePiece(piece);
        }
        return parser.header instanceof EventCsvHeader.Columns found ? found.extra() : List.of();
    }

    /** Parses one file's whole text; see {@link #parse(String, Reader, ExtraColumns, Consumer)}. */
    public static List<String> parse(String sourceFile, String fileText, ExtraColumns extraColumns,
            Consumer<RawRecord> records) {
        try {
            return parse(sourceFile, new StringReader(fileText), extraColumns, records);
        } catch (IOException impossible) {
            // A StringReader does no I/O.
            throw new UncheckedIOException(impossible);
        }
    }

    private void parsePiece(String piece) {
        text = piece;
        int from = 0;
        while (from < text.length()) {
            from = parseFrom(from);
        }
    }

    /** Parses from {@code offset} to the end of the text, or up to broken quoting; returns where to carry on. */
    private int parseFrom(int offset) {
        Iterator<CSVRecord> records = open(offset).iterator();
        int lastStart = -1;
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return text.length();
                }
                record = records.next();
            } catch (UncheckedIOException brokenQuoting) {
                int failedAt = RecordSpan.skipBlankLines(text, lastStart < 0 ? offset : RecordSpan.next(text, lastStart));
                int lineEnd = RecordSpan.lineEnd(text, failedAt);
                unreadable(text.substring(failedAt, lineEnd), ReasonCode.MALFORMED_RECORD);
                return RecordSpan.afterLineBreak(text, lineEnd);
            }
            lastStart = RecordSpan.skipBlankLines(text, (int) record.getCharacterPosition());
            accept(record, lastStart);
        }
    }

    private CSVParser open(int offset) {
        try {
            StringReader reader = new StringReader(text);
            reader.skip(offset);
            return CSVParser.builder().setReader(reader).setFormat(EventFileFormat.READ).setCharacterOffset(offset)
                    .get();
        } catch (IOException impossible) {
            // A StringReader does no I/O.
            throw new UncheckedIOException(impossible);
        }
    }

    private void accept(CSVRecord record, int start) {
        if (!headerSeen) {
            headerSeen = true;
            header = EventCsvHeader.read(record.toList(), extraColumns);
            if (header instanceof EventCsvHeader.Mismatch mismatch && !mismatch.isHeader()) {
                records.accept(new UnreadableRecord(originalText(start), ReasonCode.SCHEMA_MISMATCH, nextOrigin()));
            }
        } else if (!(header instanceof EventCsvHeader.Columns found)) {
            records.accept(new UnreadableRecord(originalText(start), ReasonCode.SCHEMA_MISMATCH, nextOrigin()));
        } else if (record.size() != found.width()) {
            records.accept(new UnreadableRecord(originalText(start), ReasonCode.MALFORMED_RECORD, nextOrigin()));
        } else {
            int[] columns = found.positions();
            records.accept(new RawEvent(record.get(columns[0]), record.get(columns[1]), record.get(columns[2]),
                    record.get(columns[3]), record.get(columns[4]), record.get(columns[5]), record.get(columns[6]),
                    record.get(columns[7]), nextOrigin()));
        }
    }

    /** A record that could not be split: in a file with a wrong or unreadable header it is a schema mismatch. */
    private void unreadable(String originalText, ReasonCode reason) {
        boolean wrongFile = !(header instanceof EventCsvHeader.Columns);
        headerSeen = true;
        records.accept(new UnreadableRecord(originalText, wrongFile ? ReasonCode.SCHEMA_MISMATCH : reason, nextOrigin()));
    }

    private String originalText(int start) {
        return text.substring(start, RecordSpan.end(text, start));
    }

    private Origin nextOrigin() {
        return new Origin(sourceFile, ++recordNumber);
    }
}
