package dev.nhncloud.result.spi;

import java.io.Closeable;
import java.io.IOException;

/**
 * One JSON document as a forward-only sequence of tokens: what a binding shows core of its
 * library's parser or tree. Core pulls tokens and applies every rule (depth, types,
 * duplicates, limits); a cursor only translates.
 *
 * <p>A cursor over a parser:
 * <ul>
 * <li>defers decoding: {@link #text()} and {@link #textLength()} are asked only for what core
 *     must read or measure (the root's member names, the header's fields, and names and numbers
 *     whose length the text alone does not bound: with an escape in the text, say), and a name,
 *     string or number core moves past without asking is skipped as cheaply as the library
 *     allows, without building it;</li>
 * <li>reports what its library refuses by throwing an {@link IOException} (the library's own,
 *     or one wrapping an unchecked library exception). Core decides whether that is malformed
 *     JSON or a failure of the input, by whether the input failed;</li>
 * <li>does not apply the library's own limits on depth, lengths or document size: core
 *     applies the configured limits, the same in every binding;</li>
 * <li>says nothing of where a token is: core says that, from its own view of the input, so
 *     that every binding gives the same position; a library's exception is only a cause.</li>
 * </ul>
 *
 * <p>A cursor is used by one thread and read once.
 */
public interface JsonCursor extends Closeable {

    /** A token: where a value starts or ends, or a member name. */
    enum Token {
        /** <code>&#123;</code> */
        START_OBJECT,
        /** <code>&#125;</code> */
        END_OBJECT,
        /** {@code [} */
        START_ARRAY,
        /** {@code ]} */
        END_ARRAY,
        /** A member name; its text is the name. */
        NAME,
        /** A string value; its text is the decoded string. */
        STRING,
        /** A number value; its text is the literal as written. */
        NUMBER,
        /** {@code true} */
        TRUE,
        /** {@code false} */
        FALSE,
        /** {@code null} */
        NULL,
        /** The input holds no value at all; returned only as the first token. */
        END_OF_INPUT
    }

    /**
     * Moves to the next token. Not called again once the root value has ended.
     *
     * @return the token; {@link Token#END_OF_INPUT} only when the input holds no value
     * @throws IOException what the library threw: malformed JSON, or a failure of the input
     */
    Token next() throws IOException;

    /**
     * The text of the current {@link Token#NAME}, {@link Token#STRING} or {@link Token#NUMBER}.
     * For a number this is the literal as written, or for a tree an equivalent literal that
     * keeps its form: it contains {@code .}, {@code e} or {@code E} exactly when the number is
     * not an integer literal.
     *
     * @return the text
     * @throws IOException what the library threw while decoding it
     */
    String text() throws IOException;

    /**
     * The length in UTF-16 characters of what {@link #text()} returns, without building a
     * string where the library allows.
     *
     * @return the length
     * @throws IOException what the library threw while decoding it
     */
    int textLength() throws IOException;

    /**
     * Called once, in document validation, after the root value has ended.
     *
     * @return true when only whitespace follows the root value; false when anything else does,
     *         even text the library would refuse (a refusal of the text source itself, such as
     *         invalid UTF-8, may pass through: core counts it as data after the root too)
     * @throws IOException when the input fails
     */
    boolean atEndOfInput() throws IOException;

    /**
     * Releases the library's parser. It must not close the input the application gave: the
     * text a binding reads from ignores {@code close()}.
     *
     * @throws IOException when the library fails to release its parser
     */
    @Override
    default void close() throws IOException {
    }
}
