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
