package dev.ingest.adapter.spark.source;

import java.util.Locale;

/**
 * What becomes of a landed file once the batch that took it is recorded. Whatever the choice, a file still in the
 * landing folder is never read twice; a file that left it (moved, deleted, by the stream or anyone) is forgotten, so a
 * file landing later under its name is a new one.
 */
public enum AfterIngest {
    /** Left in place: each trigger still names every file the folder keeps (cheaply, but in proportion to them). */
    KEEP,
    /** Moved under the archive folder: the landing folder holds only what waits. */
    ARCHIVE,
    /** Deleted: the landing folder holds only what waits, and the ledger keeps each file's counts. */
    DELETE;

    /** As the command line and the source's option spell it: {@code keep}, {@code archive}, {@code delete}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but the three spellings of {@link #option()} */
    public static AfterIngest fromOption(String text) {
        for (AfterIngest mode : values()) {
            if (mode.option().equals(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("after ingest, a file is kept, archived or deleted (keep, archive, delete),"
                + " not '" + text + "'");
    }
}
