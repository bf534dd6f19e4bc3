package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.io.Reader;
import org.opentest4j.AssertionFailedError;

/**
 * A live body whose first part has arrived and whose rest has not: the stream says what is
 * available, and fails the test when asked for more than that, as a read that would wait for the
 * network. It stands for a server that sends the header and then stalls.
 */
final class StallingInput {

    private StallingInput() {
    }

    /**
     * The bytes of {@code arrived}, then a stall.
     *
     * @param arrived what the server has sent
     * @return the stream
     */
    static InputStream stream(String arrived) {
        byte[] bytes = arrived.getBytes(UTF_8);
        return new InputStream() {
            private int position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (position == bytes.length) {
                    throw stalled(bytes.length);
                }
                int count = Math.min(length, bytes.length - position);
                System.arraycopy(bytes, position, buffer, offset, count);
                position += count;
                return count;
            }

            @Override
            public int available() {
                return bytes.length - position;
            }
        };
    }

    /**
     * The characters of {@code arrived}, then a stall.
     *
     * @param arrived what the server has sent
     * @return the reader
     */
    static Reader reader(String arrived) {
        return new Reader() {
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (position == arrived.length()) {
                    throw stalled(arrived.length());
                }
                int count = Math.min(length, arrived.length() - position);
                arrived.getChars(position, position + count, buffer, offset);
                position += count;
                return count;
            }

            @Override
            public boolean ready() {
                return position < arrived.length();
            }

            @Override
            public void close() {
            }
        };
    }

    private static AssertionFailedError stalled(int arrived) {
        return new AssertionFailedError("the read asked for more than the " + arrived
                + " bytes or characters that had arrived: on a live stream it would wait for the rest of the body");
    }
}
