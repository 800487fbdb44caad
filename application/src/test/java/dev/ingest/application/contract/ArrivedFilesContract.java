package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ingest.application.verify.port.out.ArrivedFile;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ArrivedFiles} promises the verifier, run against the in-memory fake and each real adapter. */
public abstract class ArrivedFilesContract {

    /** The files under test, listing whatever was arranged so far. */
    protected abstract ArrivedFiles files();

    /** Arranges an event file holding this many records, waiting in the landing folder. */
    protected abstract void landed(String name, long records);

    /** Arranges a waiting event file whose header names these columns after the eight event columns. */
    protected abstract void landedWithExtraColumns(String name, long records, List<String> columns);

    /** Arranges an event file holding this many records, moved to the archive folder by the stream. */
    protected abstract void archived(String name, long records);

    @Test
    void each_waiting_file_is_listed_by_name_with_its_record_count() {
        landed("events_a.csv", 3);
        landed("events_b.csv", 1);

        assertThat(files().list()).extracting(ArrivedFile::name, ArrivedFile::records, ArrivedFile::ignoredColumns)
                .containsExactlyInAnyOrder(tuple("events_a.csv", 3L, List.of()), tuple("events_b.csv", 1L, List.of()));
    }

    @Test
    void a_file_without_records_is_listed_with_none() {
        landed("events_empty.csv", 0);

        assertThat(files().list()).extracting(ArrivedFile::name, ArrivedFile::records)
                .containsExactly(tuple("events_empty.csv", 0L));
    }

    @Test
    void an_archived_file_is_listed_by_its_name_not_its_archive_path() {
        archived("events_a.csv", 2);

        assertThat(files().list()).extracting(ArrivedFile::name, ArrivedFile::records)
                .containsExactly(tuple("events_a.csv", 2L));
    }

    @Test
    void a_name_both_waiting_and_archived_is_listed_once_for_each_folder() {
        landed("events_a.csv", 1);
        archived("events_a.csv", 2);

        List<ArrivedFile> files = files().list();

        assertThat(files).extracting(ArrivedFile::name, ArrivedFile::records)
                .containsExactlyInAnyOrder(tuple("events_a.csv", 1L), tuple("events_a.csv", 2L));
        assertThat(files).filteredOn(file -> file.records() == 1).extracting(ArrivedFile::location)
                .singleElement().asString().startsWith("input");
        assertThat(files).filteredOn(file -> file.records() == 2).extracting(ArrivedFile::location)
                .singleElement().asString().startsWith("archive");
    }

    @Test
    void header_columns_beyond_the_eight_are_named_and_their_rows_still_counted() {
        landedWithExtraColumns("events_a.csv", 2, List.of("session_id", "tenant"));

        assertThat(files().list()).extracting(ArrivedFile::records, ArrivedFile::ignoredColumns)
                .containsExactly(tuple(2L, List.of("session_id", "tenant")));
    }
}
