package dev.nhncloud.result.jsonp;

import java.io.IOException;
import java.io.Reader;

/**
 * The text Parsson reads, with its large requests filled completely.
 *
 * <p>Parsson keeps the token it is building in its buffer and, on every refill that does not
 * find the buffer full, copies that token to the front of the buffer again; it doubles the
 * buffer only when a read has filled it. The SDK's text source hands out fewer characters than
 * asked in its first reads, and at most what 8,192 bytes decode to per read from a stream, so a string token of n characters cost about n²/8,192 character copies
 * (a 32 MB string took 15 seconds, a 100 MB one minutes): time superlinear in the input.
 *
 * <p>Parsson asks for more than {@value #SMALL_REQUEST} characters only once a token has
 * outgrown its buffer. Such a request is filled completely (or up to the end of the input), so
 * that the buffer doubles after each refill and the cost of a long token stays linear. Smaller
 * requests pass through unchanged, so reading still stops soon after the header. A failure met
 * after some characters of a request were read is held back until the next read, so that the
 * characters before it are delivered first, as the text source itself does.
 */
final class FillingReader extends Reader {

    /** Parsson's buffer starts at 4,096 characters; the text source reads in blocks of 8,192. */
    static final int SMALL_REQUEST = 8192;

    private final Reader text;
    private Throwable heldBack;

    FillingReader(Reader text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (heldBack != null) {
            Throwable failure = heldBack;
            heldBack = null;
            if (failure instanceof IOException) {
                throw (IOException) failure;
            }
            throw (RuntimeException) failure;
        }
        int count = text.read(buffer, offset, length);
        if (count <= 0 || length <= SMALL_REQUEST) {
            return count;
        }
        try {
            while (count < length) {
                int more = text.read(buffer, offset + count, length - count);
                if (more < 0) {
                    break;
                }
                count += more;
            }
        } catch (IOException | RuntimeException e) {
            heldBack = e;
        }
        return count;
    }

    /** Closes the text, which leaves the application's input open. */
    @Override
    public void close() throws IOException {
        text.close();
    }
}
