package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawRecord;

/** Turns one message's value into a raw record, never failing on what the value holds; one per partition. */
public interface MessageDecoder {

    /** @param value the message's value as the log holds it; null for a tombstone */
    RawRecord decode(byte[] value, Origin origin);
}
