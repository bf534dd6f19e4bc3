package dev.nhncloud.result.engine;

import dev.nhncloud.result.spi.JsonCursor;
import dev.nhncloud.result.spi.JsonCursor.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A library's cursor as the rules read it. A parser's number is as written, so whether it is an
 * integer is decided here from the literal, the same way for every library; and where a token
 * is, is core's to say, never the library's:
 * <ul>
 * <li>over core's own source (a streaming read), the position of the k-th token in the input's
 *     units, found in what the source read ({@link Locator});</li>
 * <li>over the application's parser (a data-binding hook), a JSON Pointer from the header's
 *     value, built from the tokens as they pass.</li>
 * </ul>
 */
final class LibraryTokens implements TokenStream {

    private final JsonCursor cursor;
    /** What the source read, for a streaming read; null for a hook. */
    private final Delivered delivered;
    /** The tokens returned so far: the current one's number. */
    private int tokens;
    /** The names and string values returned so far, for {@link TokenBound}. */
    private long strings;
    /** For a hook: the pointer's segments, one per open container and its current member or element. */
    private final List<Object> path;
    private final String base;
    /** What the source's characters prove; {@link TokenBound#NONE} for a hook. */
    private final TokenBound bound;

    private LibraryTokens(JsonCursor cursor, Delivered delivered, String base, TokenBound bound) {
        this.cursor = cursor;
        this.delivered = delivered;
        this.base = base;
        this.bound = bound;
        this.path = delivered == null ? new ArrayList<>() : null;
    }

    /**
     * The tokens of a whole document that a source delivers.
     *
     * @param cursor    the library's cursor over the source
     * @param delivered what the source read
     * @param bound     what the source's characters prove about names and numbers
     * @return the tokens
     */
    static LibraryTokens ofDocument(JsonCursor cursor, Delivered delivered, TokenBound bound) {
        return new LibraryTokens(cursor, delivered, null, bound);
    }

    /**
     * The tokens of a value inside the application's own document, located by a pointer.
     *
     * @param cursor the library's cursor over the application's parser
     * @param base   the pointer of the value, such as {@code /header}
     * @return the tokens
     */
    static LibraryTokens ofValue(JsonCursor cursor, String base) {
        return new LibraryTokens(cursor, null, base, TokenBound.NONE);
    }

    @Override
    public Token next() throws IOException {
        Token token = cursor.next();
        tokens++;
        if (token == Token.NAME || token == Token.STRING) {
            strings++;
        }
        if (path != null) {
            follow(token);
        }
        return token;
    }

    /** Keeps the pointer: a container opens a segment, a name sets it, an element counts up. */
    private void follow(Token token) throws IOException {
        int last = path.size() - 1;
        if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
            if (last >= 0) {
                path.remove(last);
            }
            return;
        }
        if (token == Token.NAME) {
            path.set(last, cursor.text());
            return;
        }
        if (last >= 0 && path.get(last) instanceof Integer) {
            path.set(last, (Integer) path.get(last) + 1);
        }
        if (token == Token.START_OBJECT) {
            path.add("");
        } else if (token == Token.START_ARRAY) {
            path.add(-1);
        }
    }

    @Override
    public String text() throws IOException {
        return cursor.text();
    }

    @Override
    public int textLength() throws IOException {
        return cursor.textLength();
    }

    @Override
    public boolean bounded(int limit) {
        return bound.proves(limit, strings);
    }

    /** An optional minus sign and one or more digits: JSON's grammar leaves no other integer form. */
    @Override
    public boolean isInteger() throws IOException {
        String literal = cursor.text();
        int start = literal.startsWith("-") ? 1 : 0;
        if (literal.length() == start) {
            return false;
        }
        for (int i = start; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean atEndOfInput() throws IOException {
        return cursor.atEndOfInput();
    }

    @Override
    public String location() {
        if (delivered != null) {
            return Locator.ofToken(delivered, tokens);
        }
        StringBuilder pointer = new StringBuilder(base);
        // The last segment is the current container's member or element; one of an object
        // before its first name, or of an array before its first element, says nothing yet.
        for (Object segment : path) {
            if (segment instanceof Integer ? (Integer) segment >= 0 : !((String) segment).isEmpty()) {
                pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    @Override
    public String afterRootLocation() {
        return delivered != null ? Locator.afterRoot(delivered) : null;
    }
}
