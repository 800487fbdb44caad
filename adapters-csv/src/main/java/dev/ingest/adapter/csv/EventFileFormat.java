package dev.ingest.adapter.csv;

import dev.ingest.domain.event.EventField;
import org.apache.commons.csv.CSVFormat;

/** The event files' columns and dialect: RFC 4180 quoting, LF line ends, values written exactly as given. */
public final class EventFileFormat {

    /** Writing: the header first; quotes only where a value needs them (commas, quotes, line breaks). */
    public static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setHeader(EventField.NAMES.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    /**
     * Reading, as the stream's parser reads: the first record is the header; values are kept untrimmed, records may
     * have any field count, and empty lines are no records. Any line end (CRLF, LF, CR) ends a record.
     */
    public static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .get();

    private EventFileFormat() {
    }
}
