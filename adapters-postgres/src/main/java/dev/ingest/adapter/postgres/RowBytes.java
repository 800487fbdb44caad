package dev.ingest.adapter.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One COPY row built as UTF-8 bytes, reused row after row: text that is all ASCII (nearly every field) is copied
 * character by character, the rest encoded by the JDK, so no row becomes a {@code String} and no writer encodes it
 * again (a twentieth of the client's time per row went to that encoding).
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

    /** Appends a character known to be ASCII (a digit, a separator, a quote). */
    RowBytes ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends text as it is. */
    RowBytes text(String value) {
        int n = value.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                length -= i;
                return utf8(value);
            }
            bytes[length++] = (byte) c;
        }
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private RowBytes utf8(String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
