package dev.ingest.adapter.csv.read;

import dev.ingest.domain.event.RawEvent;
import java.io.IOException;

/** Run in a JVM of its own by {@link CsvFileParserLargeInputIT}: parses generated text and prints what it found. */
public final class LargeInputParse {

    private LargeInputParse() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        long[] counts = new long[2];
        CsvFileParser.parse("file:/generated.csv", new GeneratedEventText(rows), ExtraColumns.IGNORE,
                record -> counts[record instanceof RawEvent ? 0 : 1]++);
        System.out.println("events=" + counts[0] + " malformed=" + counts[1]);
    }
}
