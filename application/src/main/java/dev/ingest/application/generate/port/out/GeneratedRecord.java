package dev.ingest.application.generate.port.out;

import java.util.List;

/**
 * One record for the generator sink: normally the eight event fields in header order; a deliberately malformed record
 * carries more or fewer, and the generator sink writes them as they are.
 */
public record GeneratedRecord(List<String> fields) {

    public GeneratedRecord {
        fields = List.copyOf(fields);
    }

    public static GeneratedRecord of(String... fields) {
        return new GeneratedRecord(List.of(fields));
    }
}
