package dev.ingest.adapter.postgres;

import dev.ingest.domain.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final long pieceBytes;
    private final RowBytes row = new RowBytes();
    private final Map<String, List<Piece>> piecesByFile = new LinkedHashMap<>();
    private String file;
    private long pieceStart;
    private long pieceRows;

    PartitionRows() {
        this(MEMORY_LIMIT, PIECE_BYTES);
    }

    /** Smaller limits let tests spill and cut pieces with a few rows. */
    PartitionRows(int memoryLimit, long pieceBytes) {
        this.spill = new RowSpill(memoryLimit);
        this.pieceBytes = pieceBytes;
    }

    void add(String sourceFile, Event event) {
        try {
            if (!sourceFile.equals(file) || spill.size() - pieceStart >= pieceBytes) {
                endPiece();
                file = sourceFile;
            }
            row.clear();
            EventRows.append(row, event);
            row.writeTo(spill);
            pieceRows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the partition's rows", e);
        }
    }

    /** The pieces of a file, in reading order; none when it had no valid events. */
    List<Piece> pieces(String sourceFile) {
        endPiece();
        return piecesByFile.getOrDefault(sourceFile, List.of());
    }

    /** Hands a piece's rows on, block by block. */
    void read(Piece piece, RowSpill.ByteRanges to) throws Exception {
        spill.read(piece.start(), piece.end(), to);
    }

    @Override
    public void close() {
        spill.close();
    }

    private void endPiece() {
        if (file == null || pieceRows == 0) {
            return;
        }
        long end = spill.size();
        piecesByFile.computeIfAbsent(file, name -> new ArrayList<>()).add(new Piece(file, pieceStart, end, pieceRows));
        pieceStart = end;
        pieceRows = 0;
    }
}
