package dev.ingest.application.verify.port.in;

import java.util.List;

/**
 * The stored events against the stream's ledger. The table is shared by every stream, so the two compare only when
 * the ledger knows no other stream.
 */
public record TableAccount(long storedByStream, long tableRows, List<String> otherStreams) {

    public TableAccount {
        otherStreams = List.copyOf(otherStreams);
    }

    public boolean comparable() {
        return otherStreams.isEmpty();
    }

    public boolean balanced() {
        return !comparable() || storedByStream == tableRows;
    }
}
