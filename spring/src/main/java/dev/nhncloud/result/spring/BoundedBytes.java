package dev.nhncloud.result.spring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A stream that keeps what is read through it, up to a limit, so that it can be read again: the
 * start of a body, read by a header reader, then handed to the application's converter.
 * Not thread-safe: one read at a time, as a body is read.
 */
final class BoundedBytes extends InputStream {

    private final InputStream in;
    private final int limit;
    private final String refusal;
    private byte[] kept = new byte[512];
    private int size;

    /**
     * @param in      the stream
     * @param limit   the most bytes to read through this
     * @param refusal the message of the {@code IOException} for reading more
     */
    BoundedBytes(InputStream in, int limit, String refusal) {
        this.in = in;
        this.limit = limit;
        this.refusal = refusal;
    }

    /** Reads a whole stream, refusing more than {@code limit} bytes. */
    static byte[] readAll(InputStream in, int limit, String refusal) throws IOException {
        BoundedBytes all = new BoundedBytes(in, limit, refusal);
        byte[] skip = new byte[8192];
        while (all.read(skip, 0, skip.length) != -1) {
            // kept as it is read
        }
        return Arrays.copyOf(all.kept, all.size);
    }

    /** What has been read so far, to be read again. */
    InputStream replay() {
        return new ByteArrayInputStream(kept, 0, size);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        // One byte past the limit at most: enough to know the limit is passed.
        int count = in.read(into, offset, (int) Math.min(length, (long) limit - size + 1));
        if (count > 0) {
            if ((long) size + count > limit) {
                throw new IOException(refusal);
            }
            if (size + count > kept.length) {
                kept = Arrays.copyOf(kept, (int) Math.min(limit, Math.max(2L * kept.length, (long) size + count)));
            }
            System.arraycopy(into, offset, kept, size, count);
            size += count;
        }
        return count;
    }
}
