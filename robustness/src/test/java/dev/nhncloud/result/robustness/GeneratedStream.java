package dev.nhncloud.result.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;

/**
 * A body made on the fly, never held in memory: a prefix, a unit repeated a number of times (or
 * forever), and a suffix. It counts what was read, and can be stopped from another thread, after
 * which every read fails as a closed connection would.
 */
final class GeneratedStream extends InputStream {

    /** Repeat the unit until stopped. */
    static final long FOREVER = -1;

    private final byte[] prefix;
    private final byte[] unit;
    /** The unit repeated to about 8 KB, to copy the middle from in blocks. */
    private final byte[] block;
    private final byte[] suffix;
    private final long middleLength;
    private long position;
    private volatile boolean stopped;
    private volatile long consumed;
    private boolean closed;

    private GeneratedStream(byte[] prefix, byte[] unit, long repeats, byte[] suffix) {
        this.prefix = prefix;
        this.unit = unit;
        this.block = new byte[(8192 / unit.length + 1) * unit.length];
        for (int i = 0; i < block.length; i++) {
            block[i] = unit[i % unit.length];
        }
        this.suffix = suffix;
        this.middleLength = repeats == FOREVER ? Long.MAX_VALUE - prefix.length - suffix.length : repeats * unit.length;
    }

    static GeneratedStream of(String prefix, String unit, long repeats, String suffix) {
        return new GeneratedStream(prefix.getBytes(UTF_8), unit.getBytes(UTF_8), repeats, suffix.getBytes(UTF_8));
    }

    /** The total length, or {@code Long.MAX_VALUE}-ish for an endless stream. */
    long length() {
        return prefix.length + middleLength + suffix.length;
    }

    /** Bytes handed out so far; safe to call from another thread. */
    long consumed() {
        return consumed;
    }

    /** Makes the next read fail, as closing a connection from another thread does. */
    void stop() {
        stopped = true;
    }

    boolean isClosed() {
        return closed;
    }

    private byte at(long index) {
        if (index < prefix.length) {
            return prefix[(int) index];
        }
        long middle = index - prefix.length;
        if (middle < middleLength) {
            return unit[(int) (middle % unit.length)];
        }
        return suffix[(int) (middle - middleLength)];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (stopped) {
            throw new IOException("the connection was closed while reading (stopped by the test after "
                    + consumed + " bytes)");
        }
        if (length == 0) {
            return 0;
        }
        long remaining = length() - position;
        if (remaining <= 0) {
            return -1;
        }
        int count = (int) Math.min(length, remaining);
        for (int i = 0; i < count; ) {
            long index = position + i;
            long middle = index - prefix.length;
            if (middle >= 0 && middle < middleLength) {
                int phase = (int) (middle % unit.length);
                int run = (int) Math.min(Math.min(count - i, middleLength - middle), block.length - phase);
                System.arraycopy(block, phase, buffer, offset + i, run);
                i += run;
            } else {
                buffer[offset + i] = at(index);
                i++;
            }
        }
        position += count;
        consumed = position;
        return count;
    }

    @Override
    public void close() {
        closed = true;
    }
}
