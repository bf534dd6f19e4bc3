package dev.nhncloud.result.gson;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Function;

/** Gson's tokens as core's: a translation, no rule. */
final class GsonCursor implements JsonCursor {

    private final JsonReader reader;
    /** Whether the reader reads the SDK's text through a {@link StrictTextGuard}, and is the cursor's to close. */
    private final boolean guarded;
    /** The NAME, STRING or NUMBER token peeked but not yet consumed, or null. */
    private Token unread;
    private String text;

    private GsonCursor(JsonReader reader, boolean guarded) {
        this.reader = reader;
        this.guarded = guarded;
    }

    /**
     * A cursor over the SDK's text, read through a {@link StrictTextGuard} by a reader in strict
     * mode, which it closes. Core enforces depth, the same in every binding, so Gson's nesting
     * limit is lifted. A string core does not ask for is skipped without being built.
     *
     * @param text      the document's characters
     * @param newReader creates the reader, as the application's {@code Gson} would
     */
    static GsonCursor over(Reader text, Function<Reader, JsonReader> newReader) {
        JsonReader reader = newReader.apply(new StrictTextGuard(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(Integer.MAX_VALUE);
        return new GsonCursor(reader, true);
    }

    /**
     * A cursor over the application's reader, made strict and positioned before a value (as a
     * type adapter receives it); it neither reads past that value nor closes the reader. The SDK
     * cannot guard text it does not own, so a string core does not ask for is decoded anyway,
     * which makes Gson check it for control characters, and strings are decoded in Gson's strict
     * mode, which also refuses unpaired surrogates.
     */
    static GsonCursor at(JsonReader reader) {
        return new GsonCursor(reader, false);
    }

    @Override
    public Token next() throws IOException {
        if (unread != null) {
            passUnread();
        }
        text = null;
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                reader.beginObject();
                return Token.START_OBJECT;
            case END_OBJECT:
                reader.endObject();
                return Token.END_OBJECT;
            case BEGIN_ARRAY:
                reader.beginArray();
                return Token.START_ARRAY;
            case END_ARRAY:
                reader.endArray();
                return Token.END_ARRAY;
            case NAME:
                unread = Token.NAME;
                return Token.NAME;
            case STRING:
                unread = Token.STRING;
                return Token.STRING;
            case NUMBER:
                // Read as written when core asks (the form of the code, the length of a literal
                // its text does not bound); skipped unread otherwise.
                unread = Token.NUMBER;
                return Token.NUMBER;
            case BOOLEAN:
                return reader.nextBoolean() ? Token.TRUE : Token.FALSE;
            case NULL:
                reader.nextNull();
                return Token.NULL;
            default:
                // END_DOCUMENT: met only as the first token, since core stops when the root ends.
                return Token.END_OF_INPUT;
        }
    }

    /**
     * Moves past a name, string or number core did not ask for; skipValue() on a name skips the
     * name alone, and on a number moves past the literal Gson has already checked in peek().
     */
    private void passUnread() throws IOException {
        if (guarded) {
            unread = null;
            reader.skipValue();
        } else {
            text();
        }
    }

    @Override
    public String text() throws IOException {
        if (unread != null) {
            text = guarded ? decodeTolerant(unread) : decode(unread);
            unread = null;
        }
        return text;
    }

    /**
     * Gson's strict mode refuses unpaired surrogates in the strings it decodes, which JSON allows
     * and the other bindings read. Legacy-strict mode differs in decoding only by that and by
     * what the guard already refuses (see {@link StrictTextGuard}).
     */
    private String decodeTolerant(Token token) throws IOException {
        reader.setStrictness(Strictness.LEGACY_STRICT);
        try {
            return decode(token);
        } finally {
            reader.setStrictness(Strictness.STRICT);
        }
    }

    /** A number's nextString() is the literal as written: strict mode takes no other form. */
    private String decode(Token token) throws IOException {
        return token == Token.NAME ? reader.nextName() : reader.nextString();
    }

    /** Gson cannot measure a string without building it. */
    @Override
    public int textLength() throws IOException {
        return text().length();
    }

    /** In strict mode Gson refuses anything after the root, valid or not: that is trailing data. */
    @Override
    public boolean atEndOfInput() throws IOException {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (guarded) {
            reader.close();
        }
    }
}
