package dev.ingest.adapter.csv.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Cuts the characters of an event file, as they are read, into pieces of about a megabyte that each end where a record
 * ends ({@link RecordSpan}'s reading of quotes), so that a file of any size is parsed piece by piece in bounded memory.
 * A single record longer than {@link #LONGEST_RECORD} characters (an unclosed quote, say) is cut after its last line
 * break there: the parser then finds it malformed, and nothing of the file goes unaccounted for.
 */
final class RecordChunks {

    static final int PIECE = 1 << 20;
    static final int LONGEST_RECORD = 1 << 24;
    /** A small file never takes more than this (rounded up to a power of two) for its buffer. */
    private static final int FIRST_BUFFER = 1 << 16;

    private final Reader reader;
    private final int piece;
    private final int longestRecord;
    private char[] buffer;
    private int length;
    /** Where the complete records found so far in the buffer end. */
    private int complete;
    private boolean endOfFile;

    RecordChunks(Reader reader) {
        this(reader, PIECE, LONGEST_RECORD);
    }

    /** Pieces of about {@code piece} characters; tests take small ones to put cuts everywhere. */
    RecordChunks(Reader reader, int piece, int longestRecord) {
        this.reader = reader;
        this.piece = piece;
        this.longestRecord = longestRecord;
        this.buffer = new char[Math.min(2 * piece, FIRST_BUFFER)];
    }

    /** The next piece, or null once the file is read. */
    String next() throws IOException {
        while (true) {
            findCompleteRecords();
            if (complete >= piece) {
                return cut(complete);
            }
            if (endOfFile) {
                return length == 0 ? null : cut(length);
            }
            if (length == buffer.length) {
                if (complete > 0 && buffer.length >= 2 * piece) {
                    return cut(complete);
                }
                if (complete == 0 && buffer.length >= longestRecord) {
                    return cut(afterLastLineBreak());
                }
                // Grows to two pieces as a large file is read (the buffer of a small one stays small), and beyond
                // only while one record does not end.
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            fill();
        }
    }

    private void findCompleteRecords() {
        CharSequence text = CharBuffer.wrap(buffer, 0, length);
        while (complete < piece) {
            int end = RecordSpan.end(text, complete);
            boolean lineBreakMayGoOn = end + 1 == length && buffer[end] == '\r';
            if (end >= length || lineBreakMayGoOn && !endOfFile) {
                return;
            }
            complete = RecordSpan.afterLineBreak(text, end);
        }
    }

    private int afterLastLineBreak() {
        for (int i = length - 1; i > 0; i--) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                return i + 1;
            }
        }
        return length;
    }

    private String cut(int end) {
        String piece = new String(buffer, 0, end);
        System.arraycopy(buffer, end, buffer, 0, length - end);
        length -= end;
        complete = 0;
        return piece;
    }

    private void fill() throws IOException {
        while (length < buffer.length) {
            int read = reader.read(buffer, length, buffer.length - length);
            if (read < 0) {
                endOfFile = true;
                return;
            }
            length += read;
        }
    }
}
