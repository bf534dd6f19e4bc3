package dev.nhncloud.result.engine;

import dev.nhncloud.result.spi.JsonCursor;
import dev.nhncloud.result.spi.JsonCursor.Token;
import java.io.IOException;

/**
 * A library's cursor as the rules read it. A parser's number is as written, so whether it is an
 * integer is decided here from the literal, the same way for every library.
 */
final class LibraryTokens implements TokenStream {

    private final JsonCursor cursor;

    LibraryTokens(JsonCursor cursor) {
        this.cursor = cursor;
    }

    @Override
    public Token next() throws IOException {
        return cursor.next();
    }

    @Override
    public String text() throws IOException {
        return cursor.text();
    }

    @Override
    public int textLength() throws IOException {
        return cursor.textLength();
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
        return cursor.location();
    }
}
