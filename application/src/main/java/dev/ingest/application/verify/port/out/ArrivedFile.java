package dev.ingest.application.verify.port.out;

import java.util.List;

/**
 * One event file found in the landing or archive folder, with the records it holds as the stream counts them.
 *
 * @param name           the file's name, which identifies it wherever it was moved to
 * @param location       where it was found, for the reader of an account
 * @param ignoredColumns its header's columns beyond the eight event columns, which the stream does not read
 * @param archived       found in the archive folder, not the landing folder
 */
public record ArrivedFile(String name, String location, long records, List<String> ignoredColumns, boolean archived) {

    public ArrivedFile {
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public ArrivedFile(String name, String location, long records, List<String> ignoredColumns) {
        this(name, location, records, ignoredColumns, false);
    }

    public ArrivedFile(String name, String location, long records) {
        this(name, location, records, List.of());
    }
}
