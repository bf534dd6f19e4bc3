package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;

/** A body that starts with the given text and then lists instances forever, counting what is read. */
final class EndlessInstanceList extends InputStream {

    private static final byte[] INSTANCE =
            "{\"id\":\"5c8d7a60-0f3c-4c1e-9d0b-3b6a2f1e8c77\",\"status\":\"ACTIVE\",\"flavor\":{\"ram\":4096}},".getBytes(UTF_8);

    private final byte[] start;
    private long consumed;

    EndlessInstanceList(String start) {
        this.start = start.getBytes(UTF_8);
    }

    /**
     * A finite body of exactly {@code size} bytes that starts the same way: as many whole
     * instances as fit, spaces, and the end of the list and of the root object, so that it is
     * JSON when the start opens the list in the root.
     */
    static byte[] ofSize(String start, int size) {
        byte[] first = start.getBytes(UTF_8);
        byte[] end = "{}]}".getBytes(UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(first, 0, body, 0, first.length);
        int position = first.length;
        for (; position + INSTANCE.length + end.length <= size; position += INSTANCE.length) {
            System.arraycopy(INSTANCE, 0, body, position, INSTANCE.length);
        }
        System.arraycopy(end, 0, body, size - end.length, end.length);
        return body;
    }

    long consumed() {
        return consumed;
    }

    private byte at(long position) {
        return position < start.length ? start[(int) position] : INSTANCE[(int) ((position - start.length) % INSTANCE.length)];
    }

    @Override
    public int read() {
        return at(consumed++) & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
            buffer[offset + i] = at(consumed++);
        }
        return length;
    }
}
