package dev.ingest.application.verify.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordedFileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "file:/tmp/in/events%20one%25.csv | events one%.csv",
            "file:///tmp/in/b.csv             | b.csv",
            "hdfs://namenode:8020/in/c.csv    | c.csv",
            "/not a uri/d.csv                 | d.csv",
            "e.csv                            | e.csv"})
    void is_named_by_the_decoded_last_segment_of_its_uri(String sourceFile, String name) {
        assertThat(new RecordedFile(0, sourceFile, 1).fileName()).isEqualTo(name);
    }
}
