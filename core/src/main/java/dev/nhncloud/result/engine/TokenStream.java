package dev.nhncloud.result.engine;

import dev.nhncloud.result.spi.JsonCursor.Token;
import java.io.IOException;

/**
 * The tokens the header rules read: a library's cursor ({@link LibraryTokens}) or a tree held in
 * memory ({@link TreeCursor}). Besides what a {@link dev.nhncloud.result.spi.JsonCursor} shows,
 * it answers what core must decide the same way for every binding, such as whether a number is
 * an integer literal.
 */
interface TokenStream {

    /**
     * The next token.
     *
     * @return the token; {@code END_OF_INPUT} only as the first one
     * @throws IOException what the library threw
     */
    Token next() throws IOException;

    /**
     * The text of the current name, string or number.
     *
     * @return the text
     * @throws IOException what the library threw while decoding it
     */
    String text() throws IOException;

    /**
     * The length of {@link #text()} in UTF-16 characters.
     *
     * @return the length
     * @throws IOException what the library threw while decoding it
     */
    int textLength() throws IOException;

    /**
     * Whether every name and number literal so far is known, without building it, to be at most
     * {@code limit} characters long, and every name to hold no surrogate ({@link TokenBound}).
     *
     * @param limit the length allowed
     * @return true when each need not be measured; false when it must be
     */
    boolean bounded(int limit);

    /**
     * Whether the current number is an integer: no fraction and no exponent. {@link #text()} is
     * then an optional minus sign and decimal digits.
     *
     * @return true for an integer
     * @throws IOException what the library threw while decoding it
     */
    boolean isInteger() throws IOException;

    /**
     * Whether only whitespace follows the root value; asked once, after it.
     *
     * @return true at the end of the input
     * @throws IOException when the input fails
     */
    boolean atEndOfInput() throws IOException;

    /**
     * Where the current token is, for messages.
     *
     * @return the position in words, or null when unknown
     */
    String location();

    /**
     * Where data after the root value starts, for {@code TRAILING_DATA}.
     *
     * @return the position in words, or null when unknown
     */
    String afterRootLocation();
}
