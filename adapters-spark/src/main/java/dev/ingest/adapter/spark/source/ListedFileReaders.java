package dev.ingest.adapter.spark.source;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.unsafe.types.UTF8String;

/** Turns a batch's input partition, one listed file, into its one row: path and landing time. */
final class ListedFileReaders implements PartitionReaderFactory {

    private static final long serialVersionUID = 1L;

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        ListedFile file = (ListedFile) partition;
        return new PartitionReader<>() {
            private boolean read;

            @Override
            public boolean next() {
                boolean first = !read;
                read = true;
                return first;
            }

            @Override
            public InternalRow get() {
                return new GenericInternalRow(new Object[] {UTF8String.fromString(file.path()), file.landedAtMillis()});
            }

            @Override
            public void close() {
            }
        };
    }
}
