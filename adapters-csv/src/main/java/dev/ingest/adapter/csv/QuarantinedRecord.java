package dev.ingest.adapter.csv;

import dev.ingest.domain.reason.ReasonCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of a quarantine file as read back.
 *
 * @param fields    the eight input fields as read, untrimmed; empty for a record that could not be split
 * @param rawRecord the original text of a record that could not be split into fields; empty otherwise
 */
public record QuarantinedRecord(List<String> fields, Set<ReasonCode> reasons, String sourceFile, long recordNumber,
        String rawRecord) {

    public QuarantinedRecord {
        fields = List.copyOf(fields);
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
}
