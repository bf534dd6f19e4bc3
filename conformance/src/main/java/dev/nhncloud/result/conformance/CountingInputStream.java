package dev.nhncloud.result.conformance;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it. */
final class CountingInputStream extends FilterInputStream {

    private long consumed;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long consumed() {
        return consumed;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        consumed += b < 0 ? 0 : 1;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        consumed += Math.max(count, 0);
        return count;
    }
}
