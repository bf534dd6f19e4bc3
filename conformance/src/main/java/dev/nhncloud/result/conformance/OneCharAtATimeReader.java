package dev.nhncloud.result.conformance;

import java.io.Reader;

/** A reader of exactly this text, handing out one character per read. */
final class OneCharAtATimeReader extends Reader {

    private final String text;
    private int position;

    OneCharAtATimeReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= text.length()) {
            return -1;
        }
        buffer[offset] = text.charAt(position++);
        return 1;
    }

    @Override
    public void close() {
    }
}
