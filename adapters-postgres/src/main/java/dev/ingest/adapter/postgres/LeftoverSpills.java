package dev.ingest.adapter.postgres;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spill files are named after the JVM that writes them ({@code ingest-partition-<pid>-…}), so that the files of a
 * JVM killed before it could delete them (kill -9, a crash) are deleted by the next one that spills.
 */
final class LeftoverSpills {

    static final String SUFFIX = ".copy";
    private static final String PREFIX = "ingest-partition-";
    private static volatile boolean swept;

    private LeftoverSpills() {
    }

    static String prefix() {
        return PREFIX + ProcessHandle.current().pid() + "-";
    }

    /** Deletes, once per JVM, the spill files in the temporary folder whose JVM is gone. */
    static void deleteOnce() {
        if (swept) {
            return;
        }
        swept = true;
        delete(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Deletes the spill files in the folder whose JVM is gone. */
    static void delete(Path folder) {
        try (DirectoryStream<Path> spills = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path spill : spills) {
                if (writerIsGone(spill.getFileName().toString())) {
                    Files.deleteIfExists(spill);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only housekeeping: a file left now is deleted by a later JVM.
        }
    }

    private static boolean writerIsGone(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).isEmpty();
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }
}
