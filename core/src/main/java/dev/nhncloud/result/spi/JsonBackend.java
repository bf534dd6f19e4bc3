package dev.nhncloud.result.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A JSON library as core sees it: a name and a way to open a {@link JsonCursor} on one document.
 * This is what a binding implements to plug a library in; core does the rest (the input forms,
 * the encoding, the header rules, the limits, the messages). A binding registers its backend with
 * {@link java.util.ServiceLoader}, in {@code META-INF/services/dev.nhncloud.result.spi.JsonBackend}
 * and with {@code provides dev.nhncloud.result.spi.JsonBackend with ...} in its
 * {@code module-info.java}, and builds readers from it with
 * {@link dev.nhncloud.result.HeaderReaders#of(JsonBackend, dev.nhncloud.result.ReadOptions)}.
 *
 * <pre>{@code
 * public final class GsonBackend implements JsonBackend {
 *     public String name() { return "gson"; }
 *     public JsonCursor open(Reader text) { return new GsonCursor(new JsonReader(text)); }
 * }
 * }</pre>
 *
 * <h2>What the text and the bytes already are</h2>
 *
 * <p>A backend is handed core's own view of the input, never the application's stream, and may
 * rely on this:
 * <ul>
 * <li><b>Checked encoding.</b> Characters are strict UTF-8, decoded; bytes are strict UTF-8,
 *     checked and not decoded, with no zero byte. An invalid sequence is refused by core when the
 *     library's read reaches it, after the characters or bytes before it have been delivered: the
 *     read throws core's {@link dev.nhncloud.result.MalformedResponseException}, which the cursor
 *     lets pass (or wraps; core finds it).</li>
 * <li><b>No byte order mark</b>: one leading U+FEFF has been dropped. A second one is text.</li>
 * <li><b>An object root.</b> Only JSON whitespace comes before the first
 *     <code>&#123;</code>: core refuses any other root before the library sees it.</li>
 * <li><b>Reads that make progress.</b> A read returns at least one character or byte, or -1 at
 *     the end; never 0. The first read returns at most 256 and later ones at most twice the
 *     previous one (up to 65,536 bytes or 1,048,576 characters), so that an early exit reads
 *     about as much as the header takes, whatever the library's buffer size.</li>
 * <li><b>Large requests filled.</b> A request for more than {@value #LARGE_REQUEST} characters
 *     is filled as far as the input can give without blocking, so that a library which grows its
 *     buffer only when a read fills it (Parsson) stays linear on long tokens, and none waits for
 *     bytes the application's stream does not yet have (short of a string it would cut, below).</li>
 * <li><b>Strings whole, when core's rules read.</b> In a streaming read (not a data-binding
 *     library's), a read of characters that would end inside a string which began after the
 *     read's first character ends before that string's opening quote, and the next read starts
 *     with it, followed by as much as comes without waiting: a library that returns a member name
 *     at its opening quote then has the closing quote too, and core can tell the name's length
 *     from the text it delivered without the library building the name.</li>
 * <li><b>The application's failures kept apart.</b> An {@link IOException} of the
 *     application's stream or reader reaches the library as thrown; whatever the library then
 *     throws, core reports the application's exception.</li>
 * <li><b>Closing is harmless.</b> {@code close()} of the text or bytes does nothing: the
 *     application owns its input.</li>
 * </ul>
 *
 * <p>A backend must not apply its library's own limits on depth, lengths or document size (core
 * applies the configured limits, the same in every binding) and must read strict JSON: every
 * extension (comments, single quotes, unquoted names, leading zeros, NaN) refused.
 *
 * <p>Implementations have a public no-argument constructor when registered with
 * {@code ServiceLoader}, and are immutable and thread-safe: core opens cursors from many threads.
 */
public interface JsonBackend {

    /**
     * The largest read request that is not filled as far as the input allows, in characters.
     */
    int LARGE_REQUEST = 8192;

    /**
     * The backend's name, lower case, by which applications choose it: {@code "jackson"},
     * {@code "jackson3"}, {@code "gson"} or {@code "jsonp"} for the bindings of this project.
     *
     * @return the name
     */
    String name();

    /**
     * Opens the library's parser on the characters of one document and wraps it in a cursor.
     *
     * @param text the document's characters, as described in the class comment
     * @return a cursor before the first token
     * @throws IOException when the library fails to start
     */
    JsonCursor open(Reader text) throws IOException;

    /**
     * Whether the library reads bytes faster than characters: core then hands
     * {@code byte[]} and {@code InputStream} bodies to {@link #open(InputStream)}, and
     * {@code String} and {@code Reader} bodies to {@link #open(Reader)}.
     *
     * @return true when {@link #open(InputStream)} is implemented; false by default
     */
    default boolean readsBytes() {
        return false;
    }

    /**
     * Opens the library's byte parser on the UTF-8 bytes of one document. Called only when
     * {@link #readsBytes()} is true.
     *
     * @param utf8 the document's bytes, as described in the class comment
     * @return a cursor before the first token
     * @throws IOException when the library fails to start
     */
    default JsonCursor open(InputStream utf8) throws IOException {
        throw new UnsupportedOperationException("the " + name() + " backend reads characters only");
    }
}
