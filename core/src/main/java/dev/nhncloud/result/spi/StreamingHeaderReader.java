package dev.nhncloud.result.spi;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.internal.ByteSource;
import dev.nhncloud.result.internal.Problems;
import dev.nhncloud.result.internal.Source;
import dev.nhncloud.result.internal.TextSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The {@link HeaderReader} of every binding: it turns each input form into the same text,
 * lets the binding open a cursor on it, and hands the cursor to {@link HeaderRules}. A binding
 * supplies only the {@link Opener}.
 *
 * <pre>{@code
 * HeaderReader reader = new StreamingHeaderReader("jackson", options,
 *         text -> new JacksonCursor(factory.createParser(text)));
 * }</pre>
 *
 * <p>Whatever the input form, the binding's library reads characters from core's text source:
 * strict UTF-8 with a leading byte order mark dropped, the root's kind decided from its first
 * character, and an {@link IOException} of the application's input kept apart from the
 * library's complaints. A binding whose library parses bytes faster than characters also
 * supplies a {@link ByteOpener}: bytes and streams then reach its library as bytes, checked by
 * core to the same rules but not decoded. An exception the cursor throws is the input's own
 * failure when the input failed, and otherwise malformed JSON.
 *
 * <p>Immutable and thread-safe when the opener is.
 */
public final class StreamingHeaderReader implements HeaderReader {

    /** Opens the binding's cursor on the text of one document. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens a parser on the text and wraps it in a cursor.
         *
         * @param text the document's characters; closing it does not close the application's input
         * @return a cursor at the start of the document
         * @throws IOException when the library fails to start
         */
        JsonCursor open(Reader text) throws IOException;
    }

    /** Opens the binding's cursor on the bytes of one document, for a library with a byte parser. */
    @FunctionalInterface
    public interface ByteOpener {
        /**
         * Opens a parser on the bytes and wraps it in a cursor.
         *
         * @param utf8 the document's bytes: strict UTF-8 with no zero byte and no byte order
         *             mark, whitespace and then <code>&#123;</code>; closing it does not close
         *             the application's input
         * @return a cursor at the start of the document
         * @throws IOException when the library fails to start
         */
        JsonCursor open(InputStream utf8) throws IOException;
    }

    private final String binding;
    private final HeaderRules rules;
    private final Opener opener;
    private final ByteOpener byteOpener;

    /**
     * Creates a reader whose library reads characters, from every input form.
     *
     * @param binding the binding's name, such as {@code "gson"}
     * @param options the limits and mode
     * @param opener  opens the binding's cursor on text; must be thread-safe
     */
    public StreamingHeaderReader(String binding, ReadOptions options, Opener opener) {
        this.binding = Objects.requireNonNull(binding, "binding");
        this.rules = HeaderRules.of(options);
        this.opener = Objects.requireNonNull(opener, "opener");
        this.byteOpener = null;
    }

    /**
     * Creates a reader whose library reads bytes from {@code byte[]} and {@code InputStream}
     * bodies, and characters from {@code String} and {@code Reader} bodies.
     *
     * @param binding    the binding's name, such as {@code "jackson"}
     * @param options    the limits and mode
     * @param opener     opens the binding's cursor on text; must be thread-safe
     * @param byteOpener opens the binding's cursor on bytes; must be thread-safe
     */
    public StreamingHeaderReader(String binding, ReadOptions options, Opener opener, ByteOpener byteOpener) {
        this.binding = Objects.requireNonNull(binding, "binding");
        this.rules = HeaderRules.of(options);
        this.opener = Objects.requireNonNull(opener, "opener");
        this.byteOpener = Objects.requireNonNull(byteOpener, "byteOpener");
    }

    @Override
    public ResultHeader read(InputStream body) throws IOException {
        return readSource(byteOpener == null ? TextSource.of(body) : ByteSource.of(body));
    }

    @Override
    public ResultHeader read(Reader body) throws IOException {
        return readSource(TextSource.of(body));
    }

    @Override
    public ResultHeader read(String body) {
        return readInMemory(TextSource.of(body));
    }

    @Override
    public ResultHeader read(byte[] body) {
        return readInMemory(byteOpener == null ? TextSource.of(body) : ByteSource.of(body));
    }

    @Override
    public String binding() {
        return binding;
    }

    @Override
    public ReadOptions options() {
        return rules.options();
    }

    private ResultHeader readInMemory(Source source) {
        try {
            return readSource(source);
        } catch (IOException e) {
            // Text in memory cannot fail, and read() turns every complaint of the library
            // into a MalformedResponseException; this is only for the compiler.
            throw new UncheckedIOException(e);
        }
    }

    private ResultHeader readSource(Source source) throws IOException {
        JsonCursor cursor = null;
        try {
            cursor = source instanceof ByteSource ? byteOpener.open((ByteSource) source) : opener.open((TextSource) source);
            return rules.readDocument(cursor);
        } catch (IOException e) {
            IOException inputFailure = source.failure();
            if (inputFailure != null) {
                throw inputFailure;
            }
            throw Problems.malformedJson(e.getMessage(), locationOf(cursor), e);
        } finally {
            closeQuietly(cursor);
        }
    }

    private static String locationOf(JsonCursor cursor) {
        try {
            return cursor == null ? null : cursor.location();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Closing returns the library's buffers; it cannot lose data (the input is not closed), and
     * a failure to close must not hide the outcome of the read.
     */
    private static void closeQuietly(JsonCursor cursor) {
        if (cursor == null) {
            return;
        }
        try {
            cursor.close();
        } catch (IOException | RuntimeException e) {
            // Nothing to report: the read has already succeeded or failed on its own account.
        }
    }
}
