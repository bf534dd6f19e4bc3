package dev.nhncloud.result.conformance;

import java.io.InputStream;

/** A stream of exactly these bytes, handed out a few at a time, as a slow network would. */
public final class ChunkedInputStream extends InputStream {

    private final byte[] bytes;
    private final int chunk;
    private int position;

    /**
     * Creates the stream.
     *
     * @param bytes the bytes; not copied
     * @param chunk the most bytes one read returns
     */
    public ChunkedInputStream(byte[] bytes, int chunk) {
        this.bytes = bytes;
        this.chunk = chunk;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= bytes.length) {
            return -1;
        }
        int count = Math.min(Math.min(length, chunk), bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, count);
        position += count;
        return count;
    }
}
