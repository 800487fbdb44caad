package dev.ingest.domain.event;

/** One record as the source delivered it: either split into the eight event fields, or text that could not be. */
public sealed interface RawRecord permits RawEvent, UnreadableRecord {
    Origin origin();
}
