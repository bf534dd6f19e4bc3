package dev.nhncloud.result.jsonp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import org.junit.jupiter.api.Test;

/** Large requests filled, failures held back: see {@link FillingReader}; the time it saves is measured in the robustness module. */
class FillingReaderTest {

    /** Hands out at most 100 characters per read, then fails once the text is used up. */
    private static final class Trickle extends Reader {
        final String text;
        final IOException failure = new IOException("connection reset");
        int position;

        Trickle(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position >= text.length()) {
                throw failure;
            }
            int count = Math.min(Math.min(length, 100), text.length() - position);
            text.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void smallRequestsPassThroughAndLargeOnesAreFilled() throws IOException {
        FillingReader reader = new FillingReader(new Trickle("x".repeat(50_000)));
        char[] buffer = new char[40_000];
        assertEquals(100, reader.read(buffer, 0, FillingReader.SMALL_REQUEST));
        assertEquals(40_000 - 100, reader.read(buffer, 100, 40_000 - 100));
    }

    @Test
    void aFailureAfterSomeCharactersComesWithTheNextRead() throws IOException {
        Trickle text = new Trickle("y".repeat(20_000));
        FillingReader reader = new FillingReader(text);
        char[] buffer = new char[30_000];
        assertEquals(20_000, reader.read(buffer, 0, 30_000));
        assertSame(text.failure, assertThrows(IOException.class, () -> reader.read(buffer, 0, 30_000)));
    }
}
