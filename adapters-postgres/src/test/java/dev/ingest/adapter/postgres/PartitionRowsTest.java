package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionRowsTest {

    @Test
    void rows_beyond_the_memory_limit_spill_to_a_file_and_read_back_as_written() throws Exception {
        try (PartitionRows rows = new PartitionRows(100, 1 << 20)) {
            for (int i = 0; i < 50; i++) {
                rows.add("a.csv", written("e-" + i).event());
            }

            assertThat(bytes(rows, rows.pieces("a.csv"))).isEqualTo(rowsOf("e-", 0, 50));
        }
    }

    @Test
    void each_piece_holds_one_file_s_rows_and_a_large_file_is_cut_into_pieces() throws Exception {
        try (PartitionRows rows = new PartitionRows(1 << 20, 200)) {
            for (int i = 0; i < 20; i++) {
                rows.add("a.csv", written("a-" + i).event());
            }
            rows.add("b.csv", written("b-1").event());

            List<PartitionRows.Piece> pieces = rows.pieces("a.csv");
            assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(piece -> assertThat(piece.file()).isEqualTo("a.csv"));
            assertThat(pieces.stream().mapToLong(PartitionRows.Piece::rows).sum()).isEqualTo(20);
            assertThat(bytes(rows, pieces)).isEqualTo(rowsOf("a-", 0, 20));
            assertThat(bytes(rows, rows.pieces("b.csv"))).isEqualTo(rowsOf("b-", 1, 2));
            assertThat(rows.pieces("never.csv")).isEmpty();
        }
    }

    /** The rows of events {@code prefix + from} to {@code prefix + (to - 1)}, one after another. */
    private static byte[] rowsOf(String prefix, int from, int to) {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        IntStream.range(from, to).forEach(i -> {
            RowBytes row = new RowBytes();
            EventRows.append(row, written(prefix + i).event());
            expected.writeBytes(row.toByteArray());
        });
        return expected.toByteArray();
    }

    private static byte[] bytes(PartitionRows rows, List<PartitionRows.Piece> pieces) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (PartitionRows.Piece piece : pieces) {
            rows.read(piece, bytes::write);
        }
        return bytes.toByteArray();
    }
}
