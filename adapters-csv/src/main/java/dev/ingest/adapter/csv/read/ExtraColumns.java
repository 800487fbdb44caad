package dev.ingest.adapter.csv.read;

/**
 * What to do with a file whose header names the eight event columns and more (a producer added a field): read the
 * eight by name and ignore the rest, or hold the files to the strict contract and quarantine every row as
 * {@code SCHEMA_MISMATCH}.
 */
public enum ExtraColumns {
    IGNORE,
    REJECT
}
