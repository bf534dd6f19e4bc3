package dev.nhncloud.result.engine;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The {@link HeaderReader} of every binding: it turns each input form into core's text or bytes,
 * lets the backend open a cursor on them, and hands the cursor's tokens to {@link HeaderRules}.
 *
 * <p>Whatever the input form, the backend's library reads characters from core's text source,
 * or, for a backend that {@linkplain JsonBackend#readsBytes() reads bytes}, bytes from core's byte
 * source: strict UTF-8 with a leading byte order mark dropped, the root's kind decided from its
 * first character, and an {@link IOException} of the application's input kept apart from the
 * library's complaints. An exception the cursor throws is the input's own failure when the input
 * failed, and otherwise malformed JSON.
 *
 * <p>Immutable and thread-safe when the backend is.
 */
public final class StreamingHeaderReader implements HeaderReader {

    private final JsonBackend backend;
    private final HeaderRules rules;
    private final boolean readsBytes;

    /**
     * Creates a reader over a backend.
     *
     * @param backend the backend; must be thread-safe
     * @param options the limits and mode
     */
    public StreamingHeaderReader(JsonBackend backend, ReadOptions options) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.rules = HeaderRules.of(options);
        this.readsBytes = backend.readsBytes();
    }

    @Override
    public ResultHeader read(InputStream body) throws IOException {
        return readSource(readsBytes ? ByteSource.of(body) : TextSource.of(body));
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
        return readInMemory(readsBytes ? ByteSource.of(body) : TextSource.of(body));
    }

    @Override
    public ResultHeader read(byte[] body, int offset, int length) {
        return readInMemory(readsBytes ? ByteSource.of(body, offset, length) : TextSource.of(body, offset, length));
    }

    @Override
    public ResultHeader read(ByteBuffer body) {
        return readInMemory(readsBytes ? ByteSource.of(body) : TextSource.of(body));
    }

    @Override
    public String binding() {
        return backend.name();
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
        // Asked before the library reads, so that it covers every character (see TokenBound).
        TokenBound bound = source.tokenBound();
        try {
            cursor = source instanceof ByteSource ? backend.open((ByteSource) source) : backend.open((TextSource) source);
            return rules.readDocument(LibraryTokens.ofDocument(cursor, source.delivered(), bound));
        } catch (IOException e) {
            IOException inputFailure = source.failure();
            if (inputFailure != null) {
                throw inputFailure;
            }
            // What the library refused, described by core: where the text stops being JSON and why.
            throw Locator.refusal(source.delivered(), e);
        } catch (RuntimeException e) {
            if (e == source.fault()) {
                // Met by a library reading ahead, perhaps past an earlier problem: worded from the text.
                throw Locator.refusal(source.delivered(), e);
            }
            throw e;
        } finally {
            closeQuietly(cursor);
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
