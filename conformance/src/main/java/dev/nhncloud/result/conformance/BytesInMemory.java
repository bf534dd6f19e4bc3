package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A body as an application may hold it in memory besides a whole array: a slice of a larger
 * array, or a heap, direct or read-only {@code ByteBuffer} whose position is past its start. Other
 * bytes come before and after the body, which a read that strays outside it would meet: a whole
 * document without a header before it ({@value #BEFORE}), so that a read from the array's start
 * finds no header, and a byte that never follows a root after it ({@value #AFTER}), so that a
 * read past the end is refused or described differently.
 *
 * <pre>{@code
 * byte[] array = BytesInMemory.surrounded(body);
 * reader.read(array, BytesInMemory.OFFSET, body.length);          // the body alone
 * BytesInMemory.leftAsItWas(BytesInMemory.direct(body), reader::read);    // and the buffer as it was
 * }</pre>
 */
public final class BytesInMemory {

    /** What comes before the body. */
    public static final String BEFORE = "{}";
    /** What comes after the body. */
    public static final String AFTER = "]";
    /** The index of the body's first byte in {@link #surrounded}. */
    public static final int OFFSET = BEFORE.length();

    private static final byte[] BEFORE_BYTES = BEFORE.getBytes(UTF_8);
    private static final byte[] AFTER_BYTES = AFTER.getBytes(UTF_8);

    private BytesInMemory() {
    }

    /**
     * The body between {@link #BEFORE} and {@link #AFTER}, in a new array.
     *
     * @param body the body
     * @return an array holding the body from index {@link #OFFSET}
     */
    public static byte[] surrounded(byte[] body) {
        byte[] array = new byte[BEFORE_BYTES.length + body.length + AFTER_BYTES.length];
        System.arraycopy(BEFORE_BYTES, 0, array, 0, BEFORE_BYTES.length);
        System.arraycopy(body, 0, array, BEFORE_BYTES.length, body.length);
        System.arraycopy(AFTER_BYTES, 0, array, BEFORE_BYTES.length + body.length, AFTER_BYTES.length);
        return array;
    }

    /**
     * A heap buffer over the surrounded body, positioned and limited to the body, whose array
     * offset is past 0 too (a buffer sliced from a larger one).
     *
     * @param body the body
     * @return a new buffer whose remaining bytes are the body
     */
    public static ByteBuffer heap(byte[] body) {
        ByteBuffer shifted = ByteBuffer.wrap(surrounded(body)).position(1).slice();
        return shifted.limit(OFFSET - 1 + body.length).position(OFFSET - 1);
    }

    /**
     * A direct buffer holding the surrounded body, positioned and limited to the body.
     *
     * @param body the body
     * @return a new buffer whose remaining bytes are the body
     */
    public static ByteBuffer direct(byte[] body) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(BEFORE_BYTES.length + body.length + AFTER_BYTES.length).put(surrounded(body));
        return buffer.limit(OFFSET + body.length).position(OFFSET);
    }

    /**
     * A read-only view of {@link #heap}: a buffer without an accessible array.
     *
     * @param body the body
     * @return a new read-only buffer whose remaining bytes are the body
     */
    public static ByteBuffer readOnly(byte[] body) {
        return heap(body).asReadOnlyBuffer();
    }

    /**
     * Reads a buffer and fails unless its position, limit and contents are as they were, whatever
     * the read gave: a reader must leave the application's buffer alone.
     *
     * @param buffer the buffer
     * @param read   the read
     * @param <T>    what the read gives
     * @return what the read gave
     */
    public static <T> T leftAsItWas(ByteBuffer buffer, Function<ByteBuffer, T> read) {
        int position = buffer.position();
        int limit = buffer.limit();
        byte[] contents = contents(buffer);
        try {
            return read.apply(buffer);
        } finally {
            assertEquals(position, buffer.position(), "the read moved the buffer's position");
            assertEquals(limit, buffer.limit(), "the read moved the buffer's limit");
            assertArrayEquals(contents, contents(buffer), "the read changed the buffer's contents");
        }
    }

    /**
     * Reads a slice of an array and fails unless the array is as it was, whatever the read gave.
     *
     * @param array the array
     * @param read  the read
     * @param <T>   what the read gives
     * @return what the read gave
     */
    public static <T> T leftAsItWas(byte[] array, Supplier<T> read) {
        byte[] contents = array.clone();
        try {
            return read.get();
        } finally {
            assertArrayEquals(contents, array, "the read changed the array");
        }
    }

    private static byte[] contents(ByteBuffer buffer) {
        ByteBuffer all = buffer.duplicate();
        all.clear();
        byte[] contents = new byte[all.remaining()];
        all.get(contents);
        return contents;
    }
}
