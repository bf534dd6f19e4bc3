package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bytes of a body received so far, and the header read from them as soon as they hold it.
 *
 * <p>The header readers pull from an {@code InputStream}, while an HTTP client pushes buffers;
 * blocking a client thread until the next buffer arrives could starve the client's executor.
 * So the reader is run over the bytes already received, which never blocks, and an attempt that
 * runs past them is not an answer: it is repeated when more have arrived. Attempts are made
 * each time the bytes received have doubled since the last one, so the bytes read in all
 * attempts add up to at most about twice the body, however small its buffers. The header of a
 * Compute API response comes first, so the first attempt usually succeeds. A search can be
 * bounded ({@link #header(HeaderReader, boolean, long)}): attempts then read at most the first
 * {@code bound} bytes, and the first attempt that reaches the bound and runs out is the last.
 *
 * <p>The bytes are copied out of the client's buffers as they arrive, into blocks of this
 * class's own: a buffer of one byte (a chunked body in one-byte chunks) costs one byte, not a
 * {@code ByteBuffer} and whatever array it is a view of. Blocks grow from 8 KiB to 256 KiB
 * (below the size at which a small heap's G1 allocates a whole region per array), so what is
 * held is the body plus at most one block. When the length is known in advance (a
 * {@code Content-Length} the caller has checked against its limit) the body is received into
 * one array of that length, which {@link #toArray()} hands over without a copy.
 *
 * <p>Not thread-safe: the subscriber's signals, which use it, come one at a time.
 */
final class ReceivedBody {

    /** The longest array the JVM allocates everywhere. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    static final int FIRST_BLOCK = 8 * 1024;
    static final int LARGEST_BLOCK = 256 * 1024;

    /** The blocks; every one but the last is full. */
    private final List<byte[]> blocks = new ArrayList<>();
    /** How much of the last block is filled. */
    private int lastFill;
    private long size;
    /** The size at which the next attempt to read the header is made. */
    private long nextAttempt = 1;
    /** Set when a bounded search read its bound without finding the header: no more attempts. */
    private boolean searchOver;

    /**
     * An empty body.
     *
     * @param expectedLength the body's length when known and allowed (at most {@link #MAX_ARRAY}), else negative
     */
    ReceivedBody(long expectedLength) {
        if (expectedLength > 0 && expectedLength <= MAX_ARRAY) {
            blocks.add(new byte[(int) expectedLength]);
        }
    }

    long size() {
        return size;
    }

    /** The bytes of the blocks, filled or not: what this holds. */
    long retained() {
        long retained = 0;
        for (byte[] block : blocks) {
            retained += block.length;
        }
        return retained;
    }

    /** Copies the buffers' remaining bytes in; the buffers themselves are not kept. */
    void add(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            ByteBuffer from = item.duplicate();
            while (from.hasRemaining()) {
                byte[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (last == null || lastFill == last.length) {
                    last = new byte[nextBlockSize()];
                    blocks.add(last);
                    lastFill = 0;
                }
                int count = Math.min(from.remaining(), last.length - lastFill);
                from.get(last, lastFill, count);
                lastFill += count;
                size += count;
            }
        }
    }

    private int nextBlockSize() {
        // Each block as large as all before it (the body doubles), within the bounds.
        return (int) Math.max(FIRST_BLOCK, Math.min(LARGEST_BLOCK, size));
    }

    /**
     * Reads the header from the bytes received, if they hold it.
     *
     * @param reader   the application's reader
     * @param complete whether the whole body has been received
     * @return the header, or null when more bytes are needed (never null when complete)
     * @throws dev.nhncloud.result.MalformedResponseException when the bytes cannot hold a valid header
     * @throws IOException when the reader fails for a reason of its own
     */
    ResultHeader header(HeaderReader reader, boolean complete) throws IOException {
        return header(reader, complete, Long.MAX_VALUE);
    }

    /**
     * Reads the header from the first bytes received, at most {@code bound} of them, if they hold
     * it. Once an attempt has read {@code bound} bytes and run out the search is over: later calls
     * return null without reading, until the whole body is read ({@code complete}, which has no
     * bound).
     *
     * @param reader   the application's reader
     * @param complete whether the whole body has been received; then every byte is read, whatever the bound
     * @param bound    the most bytes an attempt before the end reads
     * @return the header, or null when more bytes are needed or the search is over (never null when complete)
     * @throws dev.nhncloud.result.MalformedResponseException when the bytes cannot hold a valid header
     * @throws IOException when the reader fails for a reason of its own
     */
    ResultHeader header(HeaderReader reader, boolean complete, long bound) throws IOException {
        if (!complete && (searchOver || size < nextAttempt)) {
            return null;
        }
        long end = complete ? size : Math.min(size, bound);
        Bytes bytes = new Bytes(end);
        try {
            ResultHeader header = reader.read(bytes);
            if (complete || !bytes.ranOut) {
                return header;
            }
        } catch (IOException | RuntimeException e) {
            // A complaint about the end of what has been read so far is no complaint about the body.
            if (complete || !bytes.ranOut) {
                throw e;
            }
        }
        searchOver = end >= bound;
        nextAttempt = 2 * size;
        return null;
    }

    /** The whole body as a stream, for a reader that binds it: read from the blocks, without a copy of the whole. */
    InputStream stream() {
        return new Bytes(size);
    }

    /** The first bytes received, at most {@code count}, to tell what a body that is not JSON is. */
    byte[] head(int count) {
        byte[] head = new byte[(int) Math.min(count, size)];
        Bytes bytes = new Bytes(head.length);
        for (int at = 0; at < head.length; ) {
            at += bytes.read(head, at, head.length - at);
        }
        return head;
    }

    /** The whole body, for the application's mapping: the block itself when the body filled exactly one. */
    byte[] toArray() {
        if (blocks.size() == 1 && lastFill == blocks.get(0).length) {
            return blocks.get(0);
        }
        byte[] array = new byte[(int) size];
        int at = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int length = i == blocks.size() - 1 ? lastFill : blocks.get(i).length;
            System.arraycopy(blocks.get(i), 0, array, at, length);
            at += length;
        }
        return array;
    }

    /**
     * The first bytes received as a stream that ends after {@code end} of them, noting whether
     * the reader went that far. Each attempt starts afresh.
     */
    private final class Bytes extends InputStream {
        private final long end;
        private long read;
        private int block;
        private int at;
        boolean ranOut;

        Bytes(long end) {
            this.end = end;
        }

        private int available(int index) {
            return index == blocks.size() - 1 ? lastFill : blocks.get(index).length;
        }

        private boolean hasMore() {
            while (block < blocks.size() && at == available(block)) {
                block++;
                at = 0;
            }
            if (block == blocks.size() || read == end) {
                ranOut = true;
                return false;
            }
            return true;
        }

        @Override
        public int read() {
            if (!hasMore()) {
                return -1;
            }
            read++;
            return blocks.get(block)[at++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            if (!hasMore()) {
                return -1;
            }
            int count = (int) Math.min(Math.min(length, available(block) - at), end - read);
            System.arraycopy(blocks.get(block), at, into, offset, count);
            at += count;
            read += count;
            return count;
        }
    }
}
