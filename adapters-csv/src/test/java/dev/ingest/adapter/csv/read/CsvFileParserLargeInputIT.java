package dev.ingest.adapter.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The parser in a JVM whose whole heap (64 MB) is a tenth of the text it reads (about 380 MB, 760 MB as Java
 * characters), made as it is read: it parses every record in bounded memory, or the child runs out of memory.
 */
class CsvFileParserLargeInputIT {

    private static final long ROWS = 4_000_000;

    @Test
    void parses_text_ten_times_larger_than_its_heap() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), LargeInputParse.class.getName(),
                String.valueOf(ROWS))
                .redirectErrorStream(true)
                .start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("events=" + GeneratedEventText.events(ROWS)
                + " malformed=" + GeneratedEventText.malformed(ROWS));
    }
}
