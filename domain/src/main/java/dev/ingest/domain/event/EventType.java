package dev.ingest.domain.event;

import java.util.Optional;

/** What the user did; stored as its lower-case code. */
public enum EventType {
    VIEW("view"),
    ADD_TO_CART("add_to_cart"),
    PURCHASE("purchase");

    // values() copies its array on every call; fromCode runs once per record.
    private static final EventType[] VALUES = values();

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * Matches a code case-insensitively; the text must already be trimmed. Only ASCII letters fold, because
     * {@link String#equalsIgnoreCase} would also take look-alikes such as "purcha\u017Fe" (long s) or "v\u0130ew".
     */
    public static Optional<EventType> fromCode(String text) {
        for (EventType type : VALUES) {
            if (type.matchesIgnoringAsciiCase(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private boolean matchesIgnoringAsciiCase(String text) {
        if (text == null || text.length() != code.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
