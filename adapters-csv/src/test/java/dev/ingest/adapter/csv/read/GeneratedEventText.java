package dev.ingest.adapter.csv.read;

import java.io.Reader;

/**
 * An event file's text made as it is read, never held whole: the header, then {@code rows} rows, every 1,000th with a
 * quoted product name holding a line break and a doubled quote, every 100,000th with a quote never closed on its line.
 */
final class GeneratedEventText extends Reader {

    static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp\n";

    private final long rows;
    private long row = -1;
    private String current = "";
    private int offset;

    GeneratedEventText(long rows) {
        this.rows = rows;
    }

    /** Rows that the parser reads as events; the others are malformed. */
    static long events(long rows) {
        return rows - malformed(rows);
    }

    static long malformed(long rows) {
        return rows / 100_000;
    }

    @Override
    public int read(char[] buffer, int at, int length) {
        int copied = 0;
        while (copied < length) {
            if (offset == current.length()) {
                if (row == rows) {
                    break;
                }
                current = row < 0 ? HEADER : row(row);
                offset = 0;
                row++;
            }
            int part = Math.min(length - copied, current.length() - offset);
            current.getChars(offset, offset + part, buffer, at + copied);
            offset += part;
            copied += part;
        }
        return copied == 0 && length > 0 ? -1 : copied;
    }

    private static String row(long i) {
        String name = i % 1000 == 0 ? "\"Lamp, \"\"deluxe\"\"\nwith a second line\"" : "Desk lamp " + i;
        if (i % 100_000 == 99_999) {
            // Closed only on the next line: the row and the next one are one malformed record.
            name = "\"Lamp with a quote";
        }
        if (i % 100_000 == 0 && i > 0) {
            name = "closed\" later";
        }
        return "ev-" + i + ",user-" + i % 997 + ",product-" + i % 50 + "," + name + ",Home,19.99,view,2024-03-01 10:00:00\n";
    }

    @Override
    public void close() {
    }
}
