package dev.ingest.adapter.csv.read;

/**
 * Finds where a CSV record ends in a file's text, reading quotes exactly as the RFC 4180 parser does: a quote is
 * special only at the start of a field, {@code ""} inside a quoted field is a literal quote, and a line break inside
 * quotes belongs to the field. Used to recover a record's original text for the quarantine.
 */
final class RecordSpan {

    private static final char QUOTE = '"';
    private static final char DELIMITER = ',';

    private RecordSpan() {
    }

    /** The index of the line break (or the end of the text) that ends the record starting at {@code start}. */
    static int end(CharSequence text, int start) {
        int length = text.length();
        boolean fieldStart = true;
        int i = start;
        while (i < length) {
            char c = text.charAt(i);
            if (fieldStart && c == QUOTE) {
                i = afterClosingQuote(text, i + 1);
                fieldStart = false;
            } else if (isLineBreak(c)) {
                return i;
            } else {
                fieldStart = c == DELIMITER;
                i++;
            }
        }
        return length;
    }

    /** Where the record after the one starting at {@code start} may begin (blank lines not yet skipped). */
    static int next(CharSequence text, int start) {
        return afterLineBreak(text, end(text, start));
    }

    /** The index of the first line break at or after {@code from}, ignoring quotes; the end of the text if none. */
    static int lineEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && !isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Skips the line break at {@code end} ({@code \r\n}, {@code \n} or {@code \r}). */
    static int afterLineBreak(CharSequence text, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    /** Skips empty lines, which are not records. */
    static int skipBlankLines(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int afterClosingQuote(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == QUOTE) {
                if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
