package dev.nhncloud.result.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The bytes a binding's byte parser reads, whatever form the application gave: checked as
 * strict UTF-8 but not decoded, so that a library whose byte parser is much faster than its
 * character parser (Jackson) can use it and still accept exactly the text the other bindings
 * accept. What reaches the library:
 *
 * <ul>
 * <li>strict UTF-8 with no zero byte ({@link Utf8Validator}), since a byte parser that meets
 *     one among the first bytes may take the text for UTF-16; a zero byte is refused in the words
 *     of a refused text ({@link Locator}), as it is in every other binding. A fault is reported when the
 *     library reaches it, not before: the bytes before it are delivered first, so a fault after
 *     the header does not spoil an early exit. A sequence cut at the end of a block is held back
 *     until its last byte has come, as a decoder holds it, so the library only ever reads whole,
 *     valid characters;</li>
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
 * <p>Bytes in memory (an array, a slice of one, a {@code ByteBuffer} of any kind) are read through
 * a view of them ({@link #view}), never copied as a whole: each read copies the next bytes from
 * the application's memory straight into the library's buffer, and positions count from the
 * view's first byte.
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
    /** Bytes in memory, from the next one to read to the end; null for a stream. */
    private final ByteBuffer memory;
    private final Utf8Validator validator = new Utf8Validator();
    /** What has been read, for positions: a view of the bytes in memory, or the stream's first bytes. */
    private final Delivered record;
    private final RootStart root;
    /** The next byte of {@link #head}. */
    private int position;
    /** A stream's first bytes, read ahead to look for a byte order mark; null once served. */
    private byte[] head;
    private int headLength;
    private boolean started;
    /** The input offset of the next byte read. */
    private long offset;
    private int block = FIRST_BLOCK;
    private RuntimeException pending;
    /** A sequence cut at a block's end, held back until it is whole; then what is delivered of it. */
    private final byte[] held = new byte[4];
    private int heldLength;
    private int heldDelivered;
    private long delivered;
    private boolean endAnswered;
    private IOException failure;

    private ByteSource(InputStream in, ByteBuffer view) {
        this.in = in;
        this.memory = view != null ? view.duplicate() : null;
        this.record = view != null ? Delivered.of(view) : Delivered.ofStream();
        this.root = new RootStart(record);
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
        return new ByteSource(null, view(bytes));
    }

    /**
     * A slice of an array, copied block by block into the library's buffer as it reads; offsets
     * in messages count from {@code bytes[offset]}.
     *
     * @param bytes  the array; not modified
     * @param offset the slice's first byte
     * @param length the slice's length
     * @return the source
     * @throws NullPointerException      when {@code bytes} is null
     * @throws IndexOutOfBoundsException when the slice does not lie within the array
     */
    public static ByteSource of(byte[] bytes, int offset, int length) {
        return new ByteSource(null, view(bytes, offset, length));
    }

    /**
     * The bytes of a buffer between its position and its limit, copied block by block into the
     * library's buffer as it reads; offsets in messages count from the position. The buffer's
     * position, limit and contents are not changed.
     *
     * @param bytes a heap or direct buffer, read-only or not
     * @return the source
     * @throws NullPointerException when {@code bytes} is null
     */
    public static ByteSource of(ByteBuffer bytes) {
        return new ByteSource(null, view(bytes));
    }

    /**
     * A whole array as a view of its bytes.
     *
     * @param body the array
     * @return a buffer whose index 0 is the first byte and whose limit is the array's length
     * @throws NullPointerException when {@code body} is null
     */
    static ByteBuffer view(byte[] body) {
        Objects.requireNonNull(body, "body");
        return view(body, 0, body.length);
    }

    /**
     * A slice of an array as a view of its bytes, after checking the slice.
     *
     * @param body   the array
     * @param offset the slice's first byte
     * @param length the slice's length
     * @return a buffer whose index 0 is {@code body[offset]} and whose limit is {@code length}
     * @throws NullPointerException      when {@code body} is null
     * @throws IndexOutOfBoundsException when the slice does not lie within the array, naming
     *                                   the offset, the length and the array's length
     */
    static ByteBuffer view(byte[] body, int offset, int length) {
        Objects.requireNonNull(body, "body");
        try {
            Objects.checkFromIndexSize(offset, length, body.length);
        } catch (IndexOutOfBoundsException e) {
            throw new IndexOutOfBoundsException(String.format(Locale.ROOT,
                    "offset %d and length %d do not lie within the body's %d bytes", offset, length, body.length));
        }
        return ByteBuffer.wrap(body, offset, length).slice();
    }

    /**
     * The bytes of a buffer between its position and its limit as a view of its own, so that
     * reading moves neither the buffer's position nor its limit.
     *
     * @param body the buffer
     * @return a buffer whose index 0 is the buffer's position and whose limit is what remains
     * @throws NullPointerException when {@code body} is null
     */
    static ByteBuffer view(ByteBuffer body) {
        return Objects.requireNonNull(body, "body").slice();
    }

    @Override
    public IOException failure() {
        return failure;
    }

    @Override
    public Delivered delivered() {
        return record;
    }

    @Override
    public RuntimeException fault() {
        return pending;
    }

    /**
     * Nothing: the one library reading bytes (Jackson) measures a name or number without
     * building it, so a pass over every byte would cost more than it saves.
     */
    @Override
    public TokenBound tokenBound() {
        return TokenBound.NONE;
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
        if (heldLength > 0) {
            return deliverHeld(buffer, off, length);
        }
        int count = fill(buffer, off, Math.min(length, block));
        block = Math.min(block * 2, MAX_BLOCK);
        if (count < 0) {
            if (!root.seen()) {
                throw root.end();
            }
            return -1;
        }
        long blockOffset = offset;
        int valid = validator.check(buffer, off, off + count, offset) - off;
        offset += count;
        if (valid < count) {
            pending = validator.fault(record);
        } else if (validator.inSequence()) {
            // The block ends inside a sequence: its bytes wait until the rest has come, as a
            // decoder's do, so that the library only ever has whole, valid characters.
            int lead = off + (int) (validator.sequenceOffset() - blockOffset);
            heldLength = off + count - lead;
            System.arraycopy(buffer, lead, held, 0, heldLength);
            heldDelivered = 0;
            valid = lead - off;
        }
        inspectRoot(buffer, off, valid);
        if (valid < count && pending != null && !root.seen()) {
            // The fault is where the root should start: a zero byte is the root's problem, as
            // the character U+0000 is in text; bytes that are not UTF-8 are refused as such.
            if (validator.faultIsZeroByte()) {
                root.inspect(0);
            }
            throw pending;
        }
        if (valid == 0) {
            return pending != null ? faultReached() : deliverHeld(buffer, off, length);
        }
        delivered += valid;
        return valid;
    }

    private void inspectRoot(byte[] buffer, int from, int count) {
        for (int i = from; i < from + count && !root.seen(); i++) {
            root.inspect(buffer[i] & 0xFF);
        }
    }

    /**
     * Completes the sequence held back from the last block, reading the bytes it still needs
     * (the library asked for more, so waiting for them is its own wait), and delivers it.
     */
    private int deliverHeld(byte[] buffer, int off, int length) throws IOException {
        while (validator.inSequence()) {
            int count = fill(held, heldLength, 1);
            if (count < 0) {
                pending = validator.fault(record);
                heldLength = 0;
                return faultReached();
            }
            int valid = validator.check(held, heldLength, heldLength + 1, offset);
            offset++;
            if (valid == heldLength) {
                pending = validator.fault(record);
                heldLength = 0;
                return faultReached();
            }
            heldLength++;
        }
        int count = Math.min(length, heldLength - heldDelivered);
        System.arraycopy(held, heldDelivered, buffer, off, count);
        inspectRoot(buffer, off, count);
        heldDelivered += count;
        if (heldDelivered == heldLength) {
            heldLength = 0;
        }
        delivered += count;
        return count;
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
        if (memory != null) {
            if (record.byteOrderMark() > 0) {
                memory.position(BYTE_ORDER_MARK.length);
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

    /** The next bytes, unchecked: from memory, or from the stream's head and then the stream. */
    private int fill(byte[] buffer, int off, int length) throws IOException {
        if (memory != null) {
            if (!memory.hasRemaining()) {
                return -1;
            }
            int count = Math.min(length, memory.remaining());
            memory.get(buffer, off, count);
            return count;
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
            int count = readSome(in, buffer, off, length);
            if (count < 0) {
                record.end();
            } else {
                record.append(buffer, off, count);
            }
            return count;
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
