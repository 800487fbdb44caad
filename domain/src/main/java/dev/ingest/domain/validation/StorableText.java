package dev.ingest.domain.validation;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;

/**
 * The {@code INVALID_CHARACTERS} rule, one place for files and messages: text is storable when its bytes were UTF-8
 * and it holds only characters PostgreSQL can store. A file's reader marks bad bytes with U+FFFD and the field is
 * refused for it; a message's reader decodes strictly, and a value that is not UTF-8 is refused whole, for the same
 * reason.
 */
public final class StorableText {

    /** The reason unstorable text is refused for. */
    public static final ReasonCode REASON = ReasonCode.INVALID_CHARACTERS;

    private StorableText() {
    }

    /**
     * Whether the text holds only characters PostgreSQL can store and the reader decoded: no NUL (PostgreSQL refuses
     * it in text), no U+FFFD (the decoder's mark for invalid UTF-8 bytes) and no surrogate outside a valid pair
     * (it cannot be encoded as UTF-8).
     */
    public static boolean isStorable(String text) {
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

    /** A record whose bytes are not UTF-8, kept as {@code rawText} (the reader's rendering of the bytes). */
    public static UnreadableRecord notUtf8(String rawText, Origin origin) {
        return new UnreadableRecord(rawText, REASON, origin);
    }
}
