package dev.ingest.adapter.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bytes written once and read back by range, as often as needed: kept in memory up to a limit, then in a temporary
 * file that is deleted on {@link #close()}. A partition's COPY rows go here so that its heap does not grow with the
 * size of its files, and so that a retried transaction can send them again.
 */
final class RowSpill extends OutputStream {

    /** Receives a range of the bytes, block by block. */
    @FunctionalInterface
    interface ByteRanges {
        void accept(byte[] bytes, int offset, int length) throws Exception;
    }

    private static final int BLOCK = 1 << 16;

    private final int memoryLimit;
    private byte[] memory = new byte[BLOCK];
    private long size;
    private Path file;
    private FileChannel channel;
    private final ByteBuffer pending = ByteBuffer.allocate(BLOCK);

    RowSpill(int memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    long size() {
        return size;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (channel == null && size + length > memoryLimit) {
            moveToFile();
        }
        if (channel == null) {
            if (size + length > memory.length) {
                memory = Arrays.copyOf(memory, (int) Math.min(memoryLimit, Math.max(size + length, memory.length * 2L)));
            }
            System.arraycopy(bytes, offset, memory, (int) size, length);
        } else {
            for (int written = 0; written < length; ) {
                int part = Math.min(pending.remaining(), length - written);
                pending.put(bytes, offset + written, part);
                written += part;
                if (!pending.hasRemaining()) {
                    drain();
                }
            }
        }
        size += length;
    }

    /** Hands the bytes from {@code start} to {@code end} on, block by block. */
    void read(long start, long end, ByteRanges to) throws Exception {
        if (channel == null) {
            to.accept(memory, (int) start, (int) (end - start));
            return;
        }
        drain();
        byte[] block = new byte[BLOCK];
        ByteBuffer buffer = ByteBuffer.wrap(block);
        for (long position = start; position < end; ) {
            buffer.clear().limit((int) Math.min(BLOCK, end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the spill file " + file + " ended at " + position + " of " + end);
            }
            to.accept(block, 0, read);
            position += read;
        }
    }

    @Override
    public void close() {
        memory = new byte[0];
        if (channel != null) {
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the spill file " + file, e);
            } finally {
                channel = null;
            }
        }
    }

    private void moveToFile() throws IOException {
        LeftoverSpills.deleteOnce();
        file = Files.createTempFile(LeftoverSpills.prefix(), LeftoverSpills.SUFFIX);
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.write(ByteBuffer.wrap(memory, 0, (int) size));
        memory = new byte[0];
    }

    private void drain() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            channel.write(pending);
        }
        pending.clear();
    }
}
