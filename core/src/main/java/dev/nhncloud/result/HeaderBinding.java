package dev.nhncloud.result;

import dev.nhncloud.result.engine.ByteSource;
import dev.nhncloud.result.engine.HeaderRules;
import dev.nhncloud.result.engine.TextSource;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;

/**
 * The header rules as a data-binding hook applies them. A library's hook (a Jackson
 * deserializer, a Gson type adapter, a JSON-B deserializer) opens a {@link ResponseObject} when
 * it starts binding an object that has a {@code ResultHeader} field, hands the library's parser to
 * {@link ResponseObject#readHeader(JsonCursor)} at each {@code header} member, and closes the
 * response object at its end; the rules that need the whole object ({@code MISSING_HEADER},
 * {@code DUPLICATE_HEADER}) and those of the header itself are core's, the same as the streaming
 * readers apply.
 *
 * <pre>{@code
 * HeaderBinding rules = HeaderBinding.of(ReadOptions.defaults());     // once, in the hook
 *
 * HeaderBinding.ResponseObject response = rules.openResponse();      // an object starts
 * ResultHeader header = response.readHeader(new GsonCursor(in));     // at its "header" member
 * response.close();                                                   // it ends: MISSING_HEADER if none
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link ResponseObject} belongs to one read.
 */
public final class HeaderBinding {

    private final HeaderRules rules;

    private HeaderBinding(ReadOptions options) {
        this.rules = HeaderRules.of(options);
    }

    /**
     * The rules with the given limits. {@link ReadOptions#validateDocument()} does not apply: the
     * rest of the document is the library's to read.
     *
     * @param options the limits
     * @return the rules for a hook
     */
    public static HeaderBinding of(ReadOptions options) {
        return new HeaderBinding(options);
    }

    /**
     * The limits applied.
     *
     * @return the options
     */
    public ReadOptions options() {
        return rules.options();
    }

    /**
     * Reads a header value that is not a member of a response object being bound (the
     * application binds a {@code ResultHeader} on its own): the cursor's next token starts the
     * value, and the cursor is left after the value's last token.
     *
     * @param cursor the library's parser as a cursor, before the header's value
     * @return the header
     * @throws MalformedResponseException when the header breaks a rule
     * @throws IOException                what the cursor threw
     */
    public ResultHeader readHeader(JsonCursor cursor) throws IOException {
        return rules.readHeaderValue(cursor);
    }

    /**
     * What a hook throws when its library refuses the JSON inside the header: the library's
     * exception becomes the cause, and the reason is {@code MALFORMED_JSON}, as in the streaming
     * readers.
     *
     * @param refusal the library's exception
     * @return the exception to throw
     */
    public static MalformedResponseException malformed(Exception refusal) {
        return HeaderRules.malformed(refusal);
    }

    /**
     * What a {@link ResponseReader} throws for a type it does not bind ({@link ResponseReader#binds}),
     * before it reads anything: worded here, so that every binding refuses a type alike.
     *
     * @param type the response type
     * @return the exception to throw
     */
    public static IllegalArgumentException typeWithoutHeader(Type type) {
        return new IllegalArgumentException(type.getTypeName() + " has no ResultHeader property named \""
                + ResultHeader.MEMBER_NAME + "\": a response reader checks a header");
    }

    /**
     * What a hook throws for a header value that is not an object when its library has consumed
     * the value without saying what it was (Yasson hands its deserializers the parser after it).
     *
     * @return the exception to throw: {@code HEADER_NOT_OBJECT}
     */
    public static MalformedResponseException notAnObject() {
        return HeaderRules.headerNotObject("a value that is not an object");
    }

    /**
     * What a hook throws when the document it is to bind a response class from is not an object
     * and its library would bind it anyway (Yasson binds an object from an array holding one).
     *
     * @return the exception to throw: {@code NOT_AN_OBJECT}
     */
    public static MalformedResponseException rootNotAnObject() {
        return HeaderRules.rootNotAnObject();
    }

    /**
     * Starts binding one object whose class has a {@code ResultHeader} field.
     *
     * @return the object's header bookkeeping, for one read on one thread
     */
    public ResponseObject openResponse() {
        return new ResponseObject(rules, false);
    }

    /**
     * Starts binding the response a {@link ResponseReader} reads: as {@link #openResponse()},
     * and a header that reports a failure is refused as soon as it is read, so that the rest of
     * the body is not bound.
     *
     * @return the object's header bookkeeping, for one read on one thread
     */
    public ResponseObject openCheckedResponse() {
        return new ResponseObject(rules, true);
    }

    /**
     * A body as a {@link ResponseReader}'s library reads it: core's checked bytes, the same a
     * backend's byte parser gets (strict UTF-8 with no zero byte, one leading byte order mark
     * dropped, the root refused before the library sees it unless it is an object, the
     * application's I/O failure passed through as thrown). What core refuses is thrown from the
     * stream's {@code read} as a {@link MalformedResponseException}, which the library lets pass.
     *
     * @param body the application's stream; not closed
     * @return the stream the library reads; closing it does nothing
     */
    public static InputStream checkedBytes(InputStream body) {
        return ByteSource.of(body);
    }

    /**
     * Bytes in memory as a {@link ResponseReader}'s library reads them; see {@link #checkedBytes(InputStream)}.
     *
     * @param body the bytes; not modified
     * @return the stream the library reads
     */
    public static InputStream checkedBytes(byte[] body) {
        return ByteSource.of(body);
    }

    /**
     * A slice of an array as a {@link ResponseReader}'s library reads it, without copying it; see
     * {@link #checkedBytes(InputStream)}. Positions count from the slice's first byte.
     *
     * @param body   the array; not modified
     * @param offset the slice's first byte
     * @param length the slice's length
     * @return the stream the library reads
     * @throws NullPointerException      when {@code body} is null
     * @throws IndexOutOfBoundsException when the slice does not lie within the array
     */
    public static InputStream checkedBytes(byte[] body, int offset, int length) {
        return ByteSource.of(body, offset, length);
    }

    /**
     * The bytes of a buffer between its position and its limit as a {@link ResponseReader}'s
     * library reads them, without copying them; see {@link #checkedBytes(InputStream)}. The
     * buffer's position, limit and contents are not changed.
     *
     * @param body a heap or direct buffer, read-only or not
     * @return the stream the library reads
     * @throws NullPointerException when {@code body} is null
     */
    public static InputStream checkedBytes(ByteBuffer body) {
        return ByteSource.of(body);
    }

    /**
     * A body as a {@link ResponseReader}'s library reads it when it reads characters: core's
     * checked text, the same a backend gets (strict UTF-8 decoded, one byte order mark dropped,
     * the root refused before the library sees it unless it is an object).
     *
     * @param body the application's stream of UTF-8 bytes; not closed
     * @return the text the library reads; closing it does nothing
     */
    public static Reader checkedText(InputStream body) {
        return TextSource.of(body);
    }

    /**
     * Bytes in memory as text; see {@link #checkedText(InputStream)}.
     *
     * @param body the UTF-8 bytes; not modified
     * @return the text the library reads
     */
    public static Reader checkedText(byte[] body) {
        return TextSource.of(body);
    }

    /**
     * A slice of an array of UTF-8 bytes as text, decoded straight from the array; see
     * {@link #checkedText(InputStream)}. Positions count from the slice's first byte.
     *
     * @param body   the array; not modified
     * @param offset the slice's first byte
     * @param length the slice's length
     * @return the text the library reads
     * @throws NullPointerException      when {@code body} is null
     * @throws IndexOutOfBoundsException when the slice does not lie within the array
     */
    public static Reader checkedText(byte[] body, int offset, int length) {
        return TextSource.of(body, offset, length);
    }

    /**
     * The UTF-8 bytes of a buffer between its position and its limit as text, decoded straight
     * from the buffer; see {@link #checkedText(InputStream)}. The buffer's position, limit and
     * contents are not changed.
     *
     * @param body a heap or direct buffer, read-only or not
     * @return the text the library reads
     * @throws NullPointerException when {@code body} is null
     */
    public static Reader checkedText(ByteBuffer body) {
        return TextSource.of(body);
    }

    /**
     * A string as the text a {@link ResponseReader}'s library reads; see {@link #checkedText(InputStream)}.
     *
     * @param body the text
     * @return the text the library reads
     */
    public static Reader checkedText(String body) {
        return TextSource.of(body);
    }

    /**
     * The SDK's own exception among what a library threw and what caused it: a library wraps what
     * a hook throws in its own exceptions (Jackson's {@code JsonMappingException}, JSON-B's
     * {@code JsonbException}), and a {@link ResponseReader} rethrows the SDK's.
     *
     * @param thrown what the library threw
     * @return the {@link MalformedResponseException} or {@link ComputeApiException} found, or null
     */
    public static RuntimeException sdkFailure(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MalformedResponseException || cause instanceof ComputeApiException) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }

    /**
     * One response object while a library binds it: it holds the object's header and refuses a
     * second one, or none at all.
     */
    public static final class ResponseObject {

        private final HeaderRules rules;
        private final boolean checked;
        private boolean seen;

        private ResponseObject(HeaderRules rules, boolean checked) {
            this.rules = rules;
            this.checked = checked;
        }

        /**
         * Counts a {@code header} member of the object whose value the hook does not read
         * itself (the library hands it to another deserializer). A second one is refused before
         * its value is read, whatever that value holds: neither of two headers may stand for the
         * response.
         *
         * @throws MalformedResponseException {@code DUPLICATE_HEADER} for a second header
         */
        public void member() {
            if (seen) {
                throw HeaderRules.duplicateHeader();
            }
            seen = true;
        }

        /**
         * Counts the object's {@code header} member, as {@link #member()} does, and reads its
         * value.
         *
         * @param cursor the library's parser as a cursor, before the header's value
         * @return the header
         * @throws MalformedResponseException {@code DUPLICATE_HEADER} for a second header, or the
         *                                    rule the header breaks
         * @throws ComputeApiException        for a checked response whose header reports a failure
         * @throws IOException                what the cursor threw
         */
        public ResultHeader readHeader(JsonCursor cursor) throws IOException {
            member();
            ResultHeader header = rules.readHeaderValue(cursor);
            return checked ? header.throwIfFailed() : header;
        }

        /**
         * Counts a {@code header} member whose value is JSON {@code null}, which the library
         * hands over without letting the hook read it (Jackson asks for a null value, JSON-B sets
         * null): a header that is not an object.
         *
         * @return the exception to throw: {@code DUPLICATE_HEADER} for a second header, else
         *         {@code HEADER_NOT_OBJECT}
         */
        public MalformedResponseException nullHeader() {
            try {
                member();
            } catch (MalformedResponseException duplicate) {
                return duplicate;
            }
            return HeaderRules.nullHeader();
        }

        /**
         * Ends the object.
         *
         * @throws MalformedResponseException {@code MISSING_HEADER} when the object had none
         */
        public void close() {
            if (!seen) {
                throw HeaderRules.missingHeader();
            }
        }
    }
}
