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
 * Compute API response comes first, so the first attempt usually succeeds.
 *
 * <p>Not thread-safe: the subscriber's signals, which use it, come one at a time.
 */
final class ReceivedBody {

    /**
     * The buffers as received. The client does not use them once passed on (the contract of
     * {@code BodySubscriber}), so they are kept without copying.
     */
    private final List<ByteBuffer> buffers = new ArrayList<>();
    private long size;
    /** The size at which the next attempt to read the header is made. */
    private long nextAttempt = 1;

    void add(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            if (item.hasRemaining()) {
                buffers.add(item);
                size += item.remaining();
            }
        }
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
        if (!complete && size < nextAttempt) {
            return null;
        }
        Bytes bytes = new Bytes(buffers);
        try {
            ResultHeader header = reader.read(bytes);
            if (complete || !bytes.ranOut) {
                return header;
            }
        } catch (IOException | RuntimeException e) {
            // A complaint about the end of what has arrived so far is no complaint about the body.
            if (complete || !bytes.ranOut) {
                throw e;
            }
        }
        nextAttempt = 2 * size;
        return null;
    }

    /** The whole body, for the application's mapping. */
    byte[] toArray() {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("The body of " + size + " bytes is too large for one array");
        }
        byte[] array = new byte[(int) size];
        int at = 0;
        for (ByteBuffer buffer : buffers) {
            int length = buffer.remaining();
            buffer.duplicate().get(array, at, length);
            at += length;
        }
        return array;
    }

    /**
     * The bytes received so far as a stream that ends where they end, noting whether the reader
     * went that far. The buffers are read through duplicates, so each attempt starts afresh.
     */
    private static final class Bytes extends InputStream {
        private final List<ByteBuffer> buffers;
        private int next;
        private ByteBuffer current;
        boolean ranOut;

        Bytes(List<ByteBuffer> buffers) {
            this.buffers = buffers;
        }

        private boolean hasMore() {
            while (current == null || !current.hasRemaining()) {
                if (next == buffers.size()) {
                    ranOut = true;
                    return false;
                }
                current = buffers.get(next++).duplicate();
            }
            return true;
        }

        @Override
        public int read() {
            return hasMore() ? current.get() & 0xFF : -1;
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
            int count = Math.min(length, current.remaining());
            current.get(into, offset, count);
            return count;
        }
    }
}
