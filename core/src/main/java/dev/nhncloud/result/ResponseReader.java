package dev.nhncloud.result;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;

/**
 * Reads a whole response into the application's response class with a binding's data binding,
 * in one pass, and hands it over only when its header reports success, or a partial success
 * (Email's {@code 1000}, under the Email catalogue of the reader's options: its body says which
 * parts failed). The check cannot be forgotten: there is no way to get the body of a failed call
 * from it.
 *
 * <pre>{@code
 * ResponseReader responses = JacksonHeaders.responseReader(mapper);   // once; thread-safe
 * record InstanceList(ResultHeader header, List<Instance> instances) {}
 *
 * InstanceList list = responses.read(body, InstanceList.class);      // or ComputeApiException
 * }</pre>
 *
 * <ul>
 * <li>The class (or the raw type of a generic type) declares a {@code ResultHeader header}
 *     field or record component; any other type is refused with an
 *     {@link IllegalArgumentException}, since no header could be checked.</li>
 * <li>A header that reports a failure throws {@link ComputeApiException} as soon as it is read:
 *     when it comes first, the rest of the body is not bound.</li>
 * <li>A body without a header, with a second one, with a broken one, or that is not JSON (cut
 *     off, say) throws {@link MalformedResponseException}, whatever the library would have thrown;
 *     the library's exception is its cause. A body that is JSON but does not fit the class (a
 *     string where the class has a number) is the library's own mapping exception.</li>
 * <li>A failure of the input itself stays an {@link IOException}.</li>
 * </ul>
 *
 * <p>Readers are immutable and thread-safe.
 */
public interface ResponseReader {

    /**
     * Reads a response from UTF-8 bytes.
     *
     * @param body the body; read to its end, not closed
     * @param type the response class
     * @param <T>  the class
     * @return the response, whose header reported success
     * @throws ComputeApiException        when the header reports a failure
     * @throws MalformedResponseException when the body has no valid header or is not JSON
     * @throws IllegalArgumentException   when the class has no {@code ResultHeader header}
     * @throws IOException                when reading the stream fails
     */
    <T> T read(InputStream body, Class<T> type) throws IOException;

    /**
     * Reads a response of a generic type from UTF-8 bytes.
     *
     * @param body the body; read to its end, not closed
     * @param type the response type, such as a {@code ParameterizedType}
     * @param <T>  the type, unchecked: as the caller declares it
     * @return the response, whose header reported success
     * @throws ComputeApiException        when the header reports a failure
     * @throws MalformedResponseException when the body has no valid header or is not JSON
     * @throws IllegalArgumentException   when the type's class has no {@code ResultHeader header}
     * @throws IOException                when reading the stream fails
     */
    <T> T read(InputStream body, Type type) throws IOException;

    /**
     * Reads a response from UTF-8 bytes in memory.
     *
     * @param body the body; not modified
     * @param type the response class
     * @param <T>  the class
     * @return the response, whose header reported success
     * @throws ComputeApiException        when the header reports a failure
     * @throws MalformedResponseException when the body has no valid header or is not JSON
     * @throws IllegalArgumentException   when the class has no {@code ResultHeader header}
     */
    <T> T read(byte[] body, Class<T> type);

    /**
     * Reads a response from UTF-8 bytes that are a slice of a larger array, without copying them.
     * Positions in messages count from the slice's first byte, as for a copy of the slice.
     *
     * @param body   the array; not modified, and only the slice is read
     * @param offset the index of the slice's first byte
     * @param length the slice's length in bytes
     * @param type   the response class
     * @param <T>    the class
     * @return the response, whose header reported success
     * @throws ComputeApiException        when the header reports a failure
     * @throws MalformedResponseException when the slice has no valid header or is not JSON
     * @throws IllegalArgumentException   when the class has no {@code ResultHeader header}
     * @throws NullPointerException       when {@code body} is null
     * @throws IndexOutOfBoundsException  when {@code offset} or {@code length} is negative or the
     *                                    slice runs past the array's end
     */
    <T> T read(byte[] body, int offset, int length, Class<T> type);

    /**
     * Reads a response from the UTF-8 bytes of a buffer between its position and its limit,
     * without copying them: a heap or a direct buffer, read-only or not. The buffer's position,
     * limit, mark and contents are not changed. Positions in messages count from the buffer's
     * position, as for a copy of the remaining bytes.
     *
     * @param body the buffer; read from its position to its limit, neither of which moves
     * @param type the response class
     * @param <T>  the class
     * @return the response, whose header reported success
     * @throws ComputeApiException        when the header reports a failure
     * @throws MalformedResponseException when the bytes have no valid header or are not JSON
     * @throws IllegalArgumentException   when the class has no {@code ResultHeader header}
     * @throws NullPointerException       when {@code body} is null
     */
    <T> T read(ByteBuffer body, Class<T> type);

    /**
     * Reads a response from text.
     *
     * @param body the body
     * @param type the response class
     * @param <T>  the class
     * @return the response, whose header reported success
     * @throws ComputeApiException        when the header reports a failure
     * @throws MalformedResponseException when the body has no valid header or is not JSON
     * @throws IllegalArgumentException   when the class has no {@code ResultHeader header}
     */
    <T> T read(String body, Class<T> type);

    /**
     * Whether this reader binds the type: whether its class (or the raw type of a generic type)
     * declares a {@code ResultHeader header} field or record component. Every other type is
     * refused by the {@code read} methods; this asks without reading and without an exception,
     * for an integration that chooses, per type, between this reader and the library's own
     * binding (as the Spring converters do).
     *
     * <pre>{@code
     * responses.binds(InstanceList.class);   // true: InstanceList(ResultHeader header, ...)
     * responses.binds(String.class);         // false
     * }</pre>
     *
     * @param type the response type
     * @return true when {@code read} binds it
     */
    boolean binds(Type type);

    /**
     * The name of the binding that reads, such as {@code "jackson"}.
     *
     * @return the binding's name
     */
    String binding();
}
