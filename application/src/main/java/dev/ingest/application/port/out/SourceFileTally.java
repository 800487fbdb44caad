package dev.ingest.application.port.out;

import java.io.Serializable;
import java.time.Instant;

/** One input file of a batch: its path, when it landed (its modification time) and how many records it held. */
public record SourceFileTally(String path, Instant landedAt, long records) implements Serializable {
}
