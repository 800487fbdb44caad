package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class LocationConverterTest {

    private final LocationConverter converter = new LocationConverter();

    @Test
    void a_relative_path_is_the_local_disk_under_the_working_directory() {
        URI location = converter.convert("data/../data/raw");

        assertThat(location.getScheme()).isEqualTo("file");
        assertThat(Path.of(location)).isEqualTo(Path.of(System.getProperty("user.dir"), "data", "raw"));
    }

    @Test
    void an_absolute_path_becomes_a_file_uri_escaped_and_without_a_trailing_slash(@TempDir Path dir) {
        assertThat(converter.convert("/data/in folder/")).isEqualTo(URI.create("file:/data/in%20folder"));
        assertThat(converter.convert(dir.toString()).toString()).isEqualTo("file:" + dir.toUri().getRawPath()
                .replaceAll("/$", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:/data/raw", "file:///data/raw", "hdfs://namenode:8020/ingest/raw",
            "hdfs://namenode:8020/in%20folder", "hdfs://namenode:8020"})
    void a_uri_with_a_scheme_is_taken_as_given(String text) {
        assertThat(converter.convert(text)).isEqualTo(URI.create(text));
    }

    @Test
    void a_uri_loses_only_its_dot_segments_and_trailing_slash() {
        assertThat(converter.convert("hdfs://namenode:8020/ingest/./old/../raw/"))
                .isEqualTo(URI.create("hdfs://namenode:8020/ingest/raw"));
        assertThat(converter.convert("file:///")).isEqualTo(URI.create("file:///"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "hdfs://namenode:8020/in folder|'hdfs://namenode:8020/in folder' is not a URI: Illegal character in path",
            "file:data/raw|'file:data/raw' does not name a folder: write scheme://authority/path or file:/path",
            "foo://bucket/raw|No FileSystem for scheme \"foo\": no Hadoop connector for it is on the classpath",
            "s3a://bucket/raw|No FileSystem for scheme \"s3a\": its Hadoop connector is not on the classpath"
                    + " (Class org.apache.hadoop.fs.s3a.S3AFileSystem not found)",
            "' '|a location must not be empty"})
    void a_location_that_names_no_reachable_folder_is_refused_in_one_line(String text, String message) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith(message)
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "stream|--input|foo://bucket/raw",
            "stream|--checkpoint|hdfs://namenode:8020/in folder",
            "verify|--error-dir|s3a://bucket/error",
            "verify|--archive-dir|file:archive",
            "generate|--output|foo://bucket/raw",
            "demo|--work-dir|foo://bucket/demo"})
    void a_bad_location_option_is_bad_usage_exit_2_with_one_line_and_no_stack_trace(String command, String option,
            String location) {
        StringWriter err = new StringWriter();

        int exit = IngestCli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(command, option, location);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst().orElseThrow())
                .startsWith("error: Invalid value for option '" + option + "': ");
        assertThat(err.toString()).contains("Usage: ingest " + command).doesNotContain("Exception", "\tat ");
    }
}
