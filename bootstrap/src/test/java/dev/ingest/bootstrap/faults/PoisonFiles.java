package dev.ingest.bootstrap.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile input files for the poison scenario, each with the number of records the stream must account for: a file of
 * every malformed shape, files the parser must cope with whole (empty, header only, wrong or reordered header,
 * byte-order mark with CRLF, binary garbage) and files the stream must ignore (dot and underscore names, no .csv).
 */
final class PoisonFiles {

    static final String SHAPES = "poison-shapes.csv";
    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";
    private static final String TAIL = ",view,2025-03-01 10:00:00";

    /**
     * The lines of {@link #SHAPES} after its header: 22 records (a quoted line break keeps one record on two lines; the
     * blank line is no record). Record numbers in the comments.
     */
    private static final List<String> SHAPE_LINES = List.of(
            "poison-ok-1,user_1,P-1,Lamp,Home,10.00" + TAIL,                              // 1 stored
            "poison-too-many,user_1,P-1,Lamp,Home,10.00" + TAIL + ",extra",               // 2 MALFORMED_RECORD
            "poison-too-few,user_1,P-1,Lamp,Home,10.00,view",                             // 3 MALFORMED_RECORD
            "just-one-field",                                                             // 4 MALFORMED_RECORD
            ",,,,,,,",                                                                    // 5 MISSING_*
            "\"   \",  , , , , , , \r",                                                   // 6 MISSING_* (CRLF)
            "poison-nul,user_\u0000,P-1,Lamp,Home,10.00" + TAIL,                          // 7 INVALID_CHARACTERS
            "poison-long,user_1,P-1," + "\u00e9".repeat(256) + ",Home,10.00" + TAIL,      // 8 FIELD_TOO_LONG
            "poison-price-exp,user_1,P-1,Lamp,Home,1e5" + TAIL,                           // 9 INVALID_PRICE
            "poison-price-nan,user_1,P-1,Lamp,Home,NaN" + TAIL,                           // 10 INVALID_PRICE
            "poison-price-currency,user_1,P-1,Lamp,Home,$10.00" + TAIL,                   // 11 INVALID_PRICE
            "poison-price-zero,user_1,P-1,Lamp,Home,0.004" + TAIL,                        // 12 NON_POSITIVE_PRICE
            "poison-price-huge,user_1,P-1,Lamp,Home,100000000.00" + TAIL,                 // 13 PRICE_OUT_OF_RANGE
            "poison-type,user_1,P-1,Lamp,Home,10.00,teleport,2025-03-01 10:00:00",        // 14 INVALID_EVENT_TYPE
            "poison-leap,user_1,P-1,Lamp,Home,10.00,view,2025-02-29 10:00:00",            // 15 INVALID_TIMESTAMP
            "poison-hour,user_1,P-1,Lamp,Home,10.00,view,2025-03-01 25:00:00",            // 16 INVALID_TIMESTAMP
            "poison-multiline,user_1,P-1,\"Lamp, \"\"deluxe\"\"\nsecond line\",Home,10.00,VIEW,2025-03-01T10:00:00Z",
            "poison-ok-1,user_1,P-1,Lamp,Home,10.00" + TAIL,                              // 18 duplicate
            "poison-stray-quote,us\"er,P-1,Lamp,Home,10.00" + TAIL,                       // 19 literal quote
            "poison-bad-utf8,user_1,P-1,La\u0001mp,Home,10.00" + TAIL,                    // 20 INVALID_CHARACTERS
            "",
            "\t\t  ",                                                                     // 21 MALFORMED_RECORD
            "poison-unclosed,user_1,\"P-1,Lamp,Home,10.00" + TAIL);                       // 22 MALFORMED_RECORD

    static final int SHAPE_RECORDS = 22;

    /** Reason codes the quarantine must hold for {@link #SHAPES}, by record number. */
    static final Map<Integer, String> SHAPE_REASONS = Map.ofEntries(
            Map.entry(2, "MALFORMED_RECORD"), Map.entry(3, "MALFORMED_RECORD"), Map.entry(4, "MALFORMED_RECORD"),
            Map.entry(5, "MISSING_EVENT_ID"), Map.entry(6, "MISSING_EVENT_ID"), Map.entry(7, "INVALID_CHARACTERS"),
            Map.entry(8, "FIELD_TOO_LONG"), Map.entry(9, "INVALID_PRICE"), Map.entry(10, "INVALID_PRICE"),
            Map.entry(11, "INVALID_PRICE"), Map.entry(12, "NON_POSITIVE_PRICE"), Map.entry(13, "PRICE_OUT_OF_RANGE"),
            Map.entry(14, "INVALID_EVENT_TYPE"), Map.entry(15, "INVALID_TIMESTAMP"), Map.entry(16, "INVALID_TIMESTAMP"),
            // Invalid UTF-8 decodes to U+FFFD, which the validator refuses rather than store a corrupted name.
            Map.entry(20, "INVALID_CHARACTERS"), Map.entry(21, "MALFORMED_RECORD"), Map.entry(22, "MALFORMED_RECORD"));

    /** The reordered-header file's first event as stored: its values must land in their own columns. */
    static final String REORDERED_STORED = "poison-reordered-1|user_7|P-7|Kettle|Home|12.50|purchase|2025-03-01 11:00:00.000000";

    private PoisonFiles() {
    }

    /** The files to land together, by name, with the records each holds in total: 29. */
    static Map<String, byte[]> parsed(Random random) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SHAPES, shapes());
        files.put("poison-empty.csv", new byte[0]);                                                   // 0
        files.put("poison-header-only.csv", utf8(HEADER + "\n"));                                      // 0
        files.put("poison-wrong-header.csv", utf8("id,user,product,name,cat,price,type,ts\n"           // 2 SCHEMA_MISMATCH
                + "poison-wrong-1,user_1,P-1,Lamp,Home,10.00" + TAIL + "\n"
                + "poison-wrong-2,user_1,P-1,Lamp,Home,10.00" + TAIL + "\n"));
        files.put("poison-reordered-header.csv", utf8(                                                 // 2 stored
                "price,event_id,timestamp,user_id,event_type,product_id,category,product_name\n"
                        + "12.5,poison-reordered-1,2025-03-01 11:00:00,user_7,purchase,P-7,Home,Kettle\n"
                        + "3.00,poison-reordered-2,2025-03-01 11:00:01,user_8,view,P-8,Books,Atlas\n"));
        files.put("poison-bom-crlf.csv", utf8("\uFEFF" + HEADER + "\r\n"                             // 2 stored
                + "poison-bom-1,user_1,P-1,Lamp,Home,10.00" + TAIL + "\r\n"
                + "poison-bom-2,user_1,P-1,Lamp,Home,10.00" + TAIL + "\r\n"));
        files.put("poison-binary.csv", garbage(random));                                             // 1 SCHEMA_MISMATCH
        return files;
    }

    static final int PARSED_RECORDS = SHAPE_RECORDS + 2 + 2 + 2 + 1;

    /** Files the stream must never read: in-progress names and a name that is not .csv. */
    static Map<String, byte[]> ignored() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".poison-in-progress.csv", utf8(HEADER + "\npoison-ignored-1,user_1,P-1,Lamp,Home,10.00" + TAIL + "\n"));
        files.put("_poison-temporary.csv", utf8(HEADER + "\npoison-ignored-2,user_1,P-1,Lamp,Home,10.00" + TAIL + "\n"));
        files.put("poison-notes.txt", utf8(HEADER + "\npoison-ignored-3,user_1,P-1,Lamp,Home,10.00" + TAIL + "\n"));
        return files;
    }

    private static byte[] shapes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(HEADER + "\n"));
        for (String line : SHAPE_LINES) {
            byte[] bytes = utf8(line + "\n");
            // Invalid UTF-8 (0xC3 followed by a non-continuation byte, 0x28) where the placeholder \u0001 stands.
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0x01) {
                    out.write(0xC3);
                    out.write(0x28);
                } else {
                    out.write(bytes[i]);
                }
            }
        }
        return out.toByteArray();
    }

    /** Random bytes with no line break and no quote: one unreadable first line, hence one SCHEMA_MISMATCH record. */
    private static byte[] garbage(Random random) {
        byte[] bytes = new byte[4096];
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '"') {
                bytes[i] = 'x';
            }
        }
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
