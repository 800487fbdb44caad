package dev.ingest.domain.event;

/**
 * One record as the source delivered it: split into the eight event fields, text that could not be, or a message
 * without a value.
 */
public sealed interface RawRecord permits RawEvent, UnreadableRecord, Tombstone {
    Origin origin();
}
