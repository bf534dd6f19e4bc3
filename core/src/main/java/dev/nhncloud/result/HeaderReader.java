package dev.nhncloud.result;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;

/**
 * Reads the result header of a response body with one JSON library (a binding). Obtain one
 * from {@link HeaderReaders} or from a binding, and share it: a reader is immutable and
 * thread-safe.
 *
 * <pre>{@code
 * HeaderReader reader = HeaderReaders.load();          // once
 * ResultHeader header = reader.read(response.body());  // per response
 * }</pre>
 *
 * <p>Bytes are UTF-8, with or without a byte order mark. Reading stops as soon as the header
 * is complete unless {@link ReadOptions#validateDocument()} is set, so the rest of a large body
 * costs nothing.
 *
 * <p>A reader never closes the stream or reader it is given: the caller opened it and closes
 * it (with try-with-resources). After an early stop the unread rest of the body is still in
 * the stream; drain or close it as the HTTP client requires.
 */
public interface HeaderReader {

    /**
     * Reads the header from UTF-8 bytes.
     *
     * @param body the response body; read up to the end of the header, not closed
     * @return the header
     * @throws MalformedResponseException when the body has no valid header; {@code reason()} says why
     * @throws IOException                when reading the stream fails
     */
    ResultHeader read(InputStream body) throws IOException;

    /**
     * Reads the header from text.
     *
     * @param body the response body; read up to the end of the header, not closed
     * @return the header
     * @throws MalformedResponseException when the body has no valid header; {@code reason()} says why
     * @throws IOException                when reading the reader fails
     */
    ResultHeader read(Reader body) throws IOException;

    /**
     * Reads the header from text.
     *
     * @param body the response body
     * @return the header
     * @throws MalformedResponseException when the body has no valid header; {@code reason()} says why
     */
    ResultHeader read(String body);

    /**
     * Reads the header from UTF-8 bytes.
     *
     * @param body the response body; not modified
     * @return the header
     * @throws MalformedResponseException when the body has no valid header; {@code reason()} says why
     */
    ResultHeader read(byte[] body);

    /**
     * Reads the header from UTF-8 bytes that are a slice of a larger array, such as a buffer
     * the application reads responses into, without copying them. Positions in messages count
     * from the slice's first byte, so a message is the one {@link #read(byte[])} gives for a copy
     * of the slice ({@code Arrays.copyOfRange(body, offset, offset + length)}).
     *
     * <pre>{@code
     * int length = in.readNBytes(buffer, 0, buffer.length);   // a buffer reused across responses
     * ResultHeader header = reader.read(buffer, 0, length);
     * }</pre>
     *
     * @param body   the array; not modified, and only the slice is read
     * @param offset the index of the slice's first byte
     * @param length the slice's length in bytes
     * @return the header
     * @throws MalformedResponseException when the slice has no valid header; {@code reason()} says why
     * @throws NullPointerException       when {@code body} is null
     * @throws IndexOutOfBoundsException  when {@code offset} or {@code length} is negative or the
     *                                    slice runs past the array's end
     */
    ResultHeader read(byte[] body, int offset, int length);

    /**
     * Reads the header from the UTF-8 bytes of a buffer between its position and its limit,
     * without copying them: a heap or a direct buffer, read-only or not. The buffer's position,
     * limit, mark and contents are not changed, so the application can hand the same buffer on
     * (to bind the body, say). Positions in messages count from the buffer's position, so a
     * message is the one {@link #read(byte[])} gives for a copy of the remaining bytes.
     *
     * <pre>{@code
     * ByteBuffer body = ...;                        // as a network library hands it over
     * ResultHeader header = reader.read(body);      // body.position() is where it was
     * }</pre>
     *
     * @param body the buffer; read from its position to its limit, neither of which moves
     * @return the header
     * @throws MalformedResponseException when the bytes have no valid header; {@code reason()} says why
     * @throws NullPointerException       when {@code body} is null
     */
    ResultHeader read(ByteBuffer body);

    /**
     * The name of the binding that reads, such as {@code "jackson"}.
     *
     * @return the binding's name
     */
    String binding();

    /**
     * The options this reader applies.
     *
     * @return the options
     */
    ReadOptions options();
}
