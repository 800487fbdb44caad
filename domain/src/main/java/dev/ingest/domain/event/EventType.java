package dev.ingest.domain.event;

import java.util.Optional;

/** What the user did; stored as its lower-case code. */
public enum EventType {
    VIEW("view"),
    ADD_TO_CART("add_to_cart"),
    PURCHASE("purchase");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Matches a code case-insensitively; the text must already be trimmed. */
    public static Optional<EventType> fromCode(String text) {
        for (EventType type : values()) {
            if (type.code.equalsIgnoreCase(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
