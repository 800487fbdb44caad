package dev.ingest.domain.validation;

/** The scan that prices and times share: how many ASCII digits stand in a row (no other script's digits count). */
final class AsciiDigits {

    private AsciiDigits() {
    }

    /** How many ASCII digits {@code 0}-{@code 9} stand in a row from {@code from}; 0 at or past the text's end. */
    static int count(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
