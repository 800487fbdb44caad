package dev.ingest.adapter.postgres;

import dev.ingest.domain.event.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partition's valid events as COPY rows ({@link EventRows}), in a {@link RowSpill} so that memory stays bounded
 * whatever the size of the files, cut into {@link Piece}s of one file each, each COPYed under its own savepoint.
 * The partition's own repeats within the dedup window were dropped before they came here; a repeat further back meets
 * the unique index in its piece's COPY (see {@link PendingEvents}), so the first occurrence still wins.
 */
final class PartitionRows implements AutoCloseable {

    /** A run of one file's rows, bytes {@code start} to {@code end} of the spill. */
    record Piece(String file, long start, long end, long rows) {
    }

    static final int MEMORY_LIMIT = 32 << 20;
    static final long PIECE_BYTES = 64L << 20;

    private final RowSpill spill;
    private final Writer text;
    private final long pieceBytes;
    private final StringBuilder row = new StringBuilder(256);
    private final Map<String, List<Piece>> piecesByFile = new LinkedHashMap<>();
    private String file;
    private long pieceStart;
    private long pieceRows;
    private long written;

    PartitionRows() {
        this(MEMORY_LIMIT, PIECE_BYTES);
    }

    /** Smaller limits let tests spill and cut pieces with a few rows. */
    PartitionRows(int memoryLimit, long pieceBytes) {
        this.spill = new RowSpill(memoryLimit);
        this.text = new BufferedWriter(new OutputStreamWriter(spill, StandardCharsets.UTF_8), 1 << 16);
        this.pieceBytes = pieceBytes;
    }

    void add(String sourceFile, Event event) {
        try {
            if (!sourceFile.equals(file) || written - pieceStart >= pieceBytes) {
                endPiece();
                file = sourceFile;
            }
            row.setLength(0);
            EventRows.append(row, event);
            text.append(row);
            // Bytes are counted as characters until the piece ends; exact enough for a size limit.
            written += row.length();
            pieceRows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the partition's rows", e);
        }
    }

    /** The pieces of a file, in reading order; none when it had no valid events. */
    List<Piece> pieces(String sourceFile) {
        try {
            endPiece();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the partition's rows", e);
        }
        return piecesByFile.getOrDefault(sourceFile, List.of());
    }

    /** Sends a piece's rows to the sink. */
    void read(Piece piece, RowSpill.Sink sink) throws Exception {
        spill.read(piece.start(), piece.end(), sink);
    }

    @Override
    public void close() {
        spill.close();
    }

    private void endPiece() throws IOException {
        if (file == null || pieceRows == 0) {
            return;
        }
        text.flush();
        long end = spill.size();
        piecesByFile.computeIfAbsent(file, name -> new ArrayList<>()).add(new Piece(file, pieceStart, end, pieceRows));
        pieceStart = end;
        written = end;
        pieceRows = 0;
    }
}
