package dev.ingest.domain.validation;

/** Character counts of field text, matching how PostgreSQL counts characters. */
final class FieldText {

    private FieldText() {
    }

    /** Whether the text fits a {@code VARCHAR(max)}, which counts characters (code points), not bytes or UTF-16 units. */
    static boolean fitsCharacters(String text, int max) {
        // A string's code point count never exceeds its UTF-16 length, so short strings need no count.
        return text.length() <= max || text.codePointCount(0, text.length()) <= max;
    }
}
