package dev.ingest.adapter.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One COPY row built as bytes, reused row after row: big-endian integers as PostgreSQL's binary format has them, and
 * text that is all ASCII (nearly every field) copied character by character, the rest encoded by the JDK, so no row
 * becomes a {@code String} and no writer encodes it again.
 */
final class RowBytes {

    private byte[] bytes = new byte[512];
    private int length;

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    RowBytes int16(int value) {
        ensure(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
        return this;
    }

    RowBytes int32(int value) {
        ensure(4);
        putInt32(length, value);
        length += 4;
        return this;
    }

    RowBytes int64(long value) {
        return int32((int) (value >>> 32)).int32((int) value);
    }

    /** Appends text as UTF-8 after its length in bytes, as a binary COPY field. */
    RowBytes lengthAndText(String value) {
        int lengthAt = length;
        int32(0);
        text(value);
        putInt32(lengthAt, length - lengthAt - 4);
        return this;
    }

    /** The bytes so far; for tests. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    private void text(String value) {
        int n = value.length();
        ensure(n);
        int start = length;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                length = start;
                utf8(value);
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    private void utf8(String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    private void putInt32(int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
