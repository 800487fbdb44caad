package dev.ingest.application.port.out;

import java.util.List;

/**
 * One record for the landing zone: normally the eight event fields in header order; a deliberately malformed record
 * carries more or fewer, and the landing zone writes them as they are.
 */
public record LandingRecord(List<String> fields) {

    public LandingRecord {
        fields = List.copyOf(fields);
    }

    public static LandingRecord of(String... fields) {
        return new LandingRecord(List.of(fields));
    }
}
