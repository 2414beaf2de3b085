package vn.backan.ocop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer of UTF-8 to a stream for one thread: POI's sheet writer calls {@code write} a dozen times per
 * cell (tag, each attribute, each quote), and {@code BufferedWriter} takes a lock and
 * {@code OutputStreamWriter} runs a charset encoder for each. The bytes are those {@code OutputStreamWriter}
 * writes for UTF-8: a surrogate pair as one 4-byte character, also across two calls, and a surrogate
 * without its pair as '?'.
 */
final class Utf8Writer extends Writer {

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] bytes = new byte[SIZE];
    private int used;
    /** A high surrogate at the end of the last call, waiting for its pair; 0 when none. */
    private char high;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    private void put(char c) throws IOException {
        if (used > SIZE - 4) {
            drain();
        }
        if (high != 0) {
            char before = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(before, c);
                bytes[used++] = (byte) (0xF0 | code >> 18);
                bytes[used++] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[used++] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[used++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            bytes[used++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            bytes[used++] = (byte) c;
        } else if (c < 0x800) {
            bytes[used++] = (byte) (0xC0 | c >> 6);
            bytes[used++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[used++] = '?';
        } else {
            bytes[used++] = (byte) (0xE0 | c >> 12);
            bytes[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[used++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(bytes, 0, used);
        used = 0;
    }

    /** Writes what is buffered; a high surrogate still waiting for its pair stays. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** A high surrogate left without its pair is written as '?', as {@code OutputStreamWriter} does. */
    @Override
    public void close() throws IOException {
        if (high != 0) {
            high = 0;
            if (used == SIZE) {
                drain();
            }
            bytes[used++] = '?';
        }
        try (out) {
            drain();
        }
    }
}
