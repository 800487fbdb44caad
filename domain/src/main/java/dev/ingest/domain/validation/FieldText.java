package dev.ingest.domain.validation;

/** Character-level checks on field text, matching how PostgreSQL counts and accepts characters. */
final class FieldText {

    private FieldText() {
    }

    /** Whether the text fits a {@code VARCHAR(max)}, which counts characters (code points), not bytes or UTF-16 units. */
    static boolean fitsCharacters(String text, int max) {
        // A string's code point count never exceeds its UTF-16 length, so short strings need no count.
        return text.length() <= max || text.codePointCount(0, text.length()) <= max;
    }

    /**
     * Whether the text holds only characters PostgreSQL can store and the reader decoded: no NUL (PostgreSQL refuses
     * it in text), no U+FFFD (the decoder's mark for invalid UTF-8 bytes) and no surrogate outside a valid pair
     * (it cannot be encoded as UTF-8).
     */
    static boolean hasOnlyStorableCharacters(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || c == '\uFFFD') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
