package dev.nhncloud.result.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes a binding's byte parser reads, whatever form the application gave: checked as
 * strict UTF-8 but not decoded, so that a library whose byte parser is much faster than its
 * character parser (Jackson) can use it and still accept exactly the text the other bindings
 * accept. What reaches the library:
 *
 * <ul>
 * <li>strict UTF-8 with no zero byte ({@link Utf8Validator}). A fault is reported when the
 *     library reaches it, not before: the bytes before it are delivered first, so a fault after
 *     the header does not spoil an early exit. Only a sequence cut across two reads of the
 *     application's stream may have its first bytes delivered before its fault is found;</li>
 * <li>no leading byte order mark: one is dropped, as {@link TextSource} drops one;</li>
 * <li>whitespace and then <code>&#123;</code>: the root's kind is decided by {@link RootStart}
 *     before the library reads it.</li>
 * </ul>
 *
 * <p>A byte parser reads the first {@value #ENCODING_BYTES} bytes before anything else, to detect
 * the encoding (Jackson reads until it has four or meets the end). When a fault comes within
 * them, the read that reaches it first answers the end of the input, once, and the next read
 * throws the fault: otherwise <code>&#123;&#125;</code> followed by a fault would be refused for
 * bytes no other library reads. The early end changes no outcome: fewer than four bytes hold no
 * header, and a library that needs more reads again and meets the fault.
 *
 * <p>Reads go straight into the library's buffer: the first one takes at most
 * {@value #FIRST_BLOCK} bytes and each later one twice as many, so an early exit checks about
 * the few hundred bytes the header takes whatever the body's size. An {@link IOException} of
 * the application's stream is recorded ({@link #failure()}), and {@link #close()} does nothing:
 * the application owns its stream.
 */
public final class ByteSource extends InputStream implements Source {

    private static final int FIRST_BLOCK = 256;
    private static final int ENCODING_BYTES = 4;
    private static final int MAX_BLOCK = 1 << 16;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final byte[] array;
    private final Utf8Validator validator = new Utf8Validator();
    private final RootStart root = new RootStart();
    /** The next byte of the array, or of {@link #head}. */
    private int position;
    /** A stream's first bytes, read ahead to look for a byte order mark; null once served. */
    private byte[] head;
    private int headLength;
    private boolean started;
    /** The input offset of the next byte read. */
    private long offset;
    private int block = FIRST_BLOCK;
    private RuntimeException pending;
    private long delivered;
    private boolean endAnswered;
    private IOException failure;

    private ByteSource(InputStream in, byte[] array) {
        this.in = in;
        this.array = array;
    }

    /**
     * The bytes of a stream.
     *
     * @param bytes the application's stream; not closed
     * @return the source
     */
    public static ByteSource of(InputStream bytes) {
        return new ByteSource(Objects.requireNonNull(bytes, "body"), null);
    }

    /**
     * Bytes in memory, copied block by block into the library's buffer as it reads.
     *
     * @param bytes the bytes; not modified
     * @return the source
     */
    public static ByteSource of(byte[] bytes) {
        return new ByteSource(null, Objects.requireNonNull(bytes, "body"));
    }

    @Override
    public IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int length) throws IOException {
        Objects.checkFromIndexSize(off, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (pending != null) {
            return faultReached();
        }
        if (!started) {
            dropByteOrderMark();
            started = true;
        }
        int count = fill(buffer, off, Math.min(length, block));
        block = Math.min(block * 2, MAX_BLOCK);
        if (count < 0) {
            if (validator.inSequence()) {
                pending = validator.fault();
                return faultReached();
            }
            if (!root.seen()) {
                throw root.end();
            }
            return -1;
        }
        int valid = validator.check(buffer, off, off + count, offset) - off;
        offset += count;
        if (valid < count) {
            pending = validator.fault();
        }
        for (int i = off; i < off + valid && !root.seen(); i++) {
            root.inspect(buffer[i] & 0xFF);
        }
        if (valid == 0) {
            return faultReached();
        }
        delivered += valid;
        return valid;
    }

    /** Throws the pending fault, or first answers the end when it lies in the encoding bytes. */
    private int faultReached() {
        if (delivered < ENCODING_BYTES && !endAnswered) {
            endAnswered = true;
            return -1;
        }
        throw pending;
    }

    private void dropByteOrderMark() throws IOException {
        if (array != null) {
            if (startsWithByteOrderMark(array, array.length)) {
                position = BYTE_ORDER_MARK.length;
                offset = BYTE_ORDER_MARK.length;
            }
            return;
        }
        head = new byte[BYTE_ORDER_MARK.length];
        for (int count; headLength < head.length && (count = readStream(head, headLength, head.length - headLength)) >= 0; ) {
            headLength += count;
        }
        if (startsWithByteOrderMark(head, headLength)) {
            head = null;
            offset = BYTE_ORDER_MARK.length;
        }
    }

    private static boolean startsWithByteOrderMark(byte[] bytes, int length) {
        return length >= BYTE_ORDER_MARK.length
                && Arrays.equals(bytes, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length);
    }

    /** The next bytes, unchecked: from the array, or from the stream's head and then the stream. */
    private int fill(byte[] buffer, int off, int length) throws IOException {
        if (array != null) {
            return copy(array, array.length, buffer, off, length);
        }
        if (head != null && position < headLength) {
            return copy(head, headLength, buffer, off, length);
        }
        head = null;
        return readStream(buffer, off, length);
    }

    private int copy(byte[] from, int end, byte[] buffer, int off, int length) {
        if (position >= end) {
            return -1;
        }
        int count = Math.min(length, end - position);
        System.arraycopy(from, position, buffer, off, count);
        position += count;
        return count;
    }

    private int readStream(byte[] buffer, int off, int length) throws IOException {
        try {
            return readSome(in, buffer, off, length);
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /**
     * Reads at least one byte, or -1 at the end. {@code read(byte[])} must block until a byte
     * is available; a stream that answers 0 instead would spin a library forever, so the
     * single-byte {@code read()}, which blocks or ends, is asked then.
     *
     * @param in     the stream
     * @param buffer the destination
     * @param off    where to start writing
     * @param length the most bytes to read, at least 1
     * @return the number read, at least 1, or -1 at the end
     * @throws IOException what the stream threw
     */
    static int readSome(InputStream in, byte[] buffer, int off, int length) throws IOException {
        int count = in.read(buffer, off, length);
        if (count != 0) {
            return count;
        }
        int single = in.read();
        if (single < 0) {
            return -1;
        }
        buffer[off] = (byte) single;
        return 1;
    }

    /** The application owns the input; a library closing its parser must not close it. */
    @Override
    public void close() {
    }
}
