package dev.nhncloud.result.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;

/**
 * The same bytes as an application may hold them in memory besides a whole array: a slice of a
 * larger array, and a heap, direct or read-only buffer with a position past its start. Other
 * bytes come before and after them, which a read that strays outside the bytes would meet: a
 * whole document before (so a read from the array's start finds no header) and a byte that can
 * never follow a root after.
 */
final class BytesInMemory {

    /** What comes before the bytes. */
    static final byte[] BEFORE = "{}".getBytes(UTF_8);
    /** What comes after them. */
    static final byte[] AFTER = "]".getBytes(UTF_8);

    private BytesInMemory() {
    }

    /**
     * The bytes between {@link #BEFORE} and {@link #AFTER}: they start at index
     * {@code BEFORE.length}.
     */
    static byte[] surrounded(byte[] bytes) {
        byte[] array = new byte[BEFORE.length + bytes.length + AFTER.length];
        System.arraycopy(BEFORE, 0, array, 0, BEFORE.length);
        System.arraycopy(bytes, 0, array, BEFORE.length, bytes.length);
        System.arraycopy(AFTER, 0, array, BEFORE.length + bytes.length, AFTER.length);
        return array;
    }

    /** A heap buffer over the surrounded bytes whose array offset and position are both past 0. */
    static ByteBuffer heap(byte[] bytes) {
        ByteBuffer shifted = ByteBuffer.wrap(surrounded(bytes)).position(1).slice();
        return shifted.limit(BEFORE.length - 1 + bytes.length).position(BEFORE.length - 1);
    }

    /** A direct buffer holding the surrounded bytes, its position and limit around the bytes. */
    static ByteBuffer direct(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(BEFORE.length + bytes.length + AFTER.length).put(surrounded(bytes));
        return buffer.limit(BEFORE.length + bytes.length).position(BEFORE.length);
    }

    /** A read-only view of {@link #heap}: it has no accessible array. */
    static ByteBuffer readOnly(byte[] bytes) {
        return heap(bytes).asReadOnlyBuffer();
    }
}
