package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.csv.CsvFileParser;
import dev.ingest.adapter.spark.csv.EventFiles;
import dev.ingest.adapter.spark.csv.ExtraColumns;
import dev.ingest.application.port.in.PartitionProcessor;
import dev.ingest.application.port.in.PartitionRun;
import dev.ingest.application.port.out.BatchTally;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Runs on an executor over one partition of landed files: opens each file, parses it as it is read and feeds its
 * records to the partition's run, returning the partition's tally as the only element. Holds nothing but the
 * serializable processor.
 */
final class FilesToTally implements MapPartitionsFunction<Row, BatchTally> {

    private static final long serialVersionUID = 1L;

    private final PartitionProcessor processor;
    private final ExtraColumns extraColumns;

    FilesToTally(PartitionProcessor processor, ExtraColumns extraColumns) {
        this.processor = processor;
        this.extraColumns = extraColumns;
    }

    @Override
    public Iterator<BatchTally> call(Iterator<Row> files) {
        long started = System.nanoTime();
        try (PartitionRun run = processor.start(TaskContext.getPartitionId())) {
            while (files.hasNext()) {
                Row file = files.next();
                String path = file.getString(LandingFolder.PATH);
                run.beginFile(path, Instant.ofEpochMilli(file.getLong(LandingFolder.LANDED_AT_MILLIS)));
                try (Reader text = EventFiles.open(path)) {
                    List<String> ignored = CsvFileParser.parse(path, text, extraColumns, run::accept);
                    if (!ignored.isEmpty()) {
                        run.ignoredColumns(ignored);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path, e);
                }
            }
            BatchTally tally = run.finish();
            // Whatever the run did not spend validating and writing went to reading and parsing the files.
            Duration total = Duration.ofNanos(System.nanoTime() - started);
            Duration read = total.minus(tally.timings().validate()).minus(tally.timings().write());
            return List.of(tally.withReadTime(read.isNegative() ? Duration.ZERO : read)).iterator();
        }
    }
}
