package dev.nhncloud.result;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

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
