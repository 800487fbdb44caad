package dev.ingest.application.port.out;

/**
 * One event file found in the landing or archive folder, with the records it holds as the stream counts them.
 *
 * @param name     the file's name, which identifies it wherever it was moved to
 * @param location where it was found, for the reader of an account
 */
public record ArrivedFile(String name, String location, long records) {
}
