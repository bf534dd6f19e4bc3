package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.spi.JsonCursor;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;

/**
 * JSON-P's events as core's tokens: a translation, no rule. JSON-P reports what it refuses with
 * unchecked exceptions; the cursor hands them to core as {@link IOException}s, keeping the
 * library's exception as the cause, and lets every other exception (such as core's own refusal
 * of the text, thrown by the text source through the parser) pass untouched.
 */
final class JsonpCursor implements JsonCursor {

    private final JsonParser parser;
    private final boolean owned;
    private boolean started;
    private String text;
    /** An event the parser has already returned, to be the cursor's first token; or null. */
    private JsonParser.Event first;

    private JsonpCursor(JsonParser parser, boolean owned) {
        this.parser = parser;
        this.owned = owned;
    }

    /** A cursor over a new parser on the text, which it closes. A provider may read ahead as it starts. */
    static JsonpCursor open(JsonParserFactory factory, Reader text) throws IOException {
        try {
            return new JsonpCursor(factory.createParser(text), true);
        } catch (JsonException e) {
            throw refused(e);
        }
    }

    /**
     * A cursor over the application's parser, which has just returned the name of a member; it
     * reads the member's value, no further, and does not close the parser.
     */
    static JsonpCursor at(JsonParser parser) {
        return new JsonpCursor(parser, false);
    }

    /**
     * A cursor over the application's parser, which has just returned {@code event}, the first
     * event of a value: the cursor's first token is that event, and it reads on to the value's
     * end, no further. JSON-B hands its deserializers the parser this way.
     */
    static JsonpCursor from(JsonParser.Event event, JsonParser parser) {
        JsonpCursor cursor = new JsonpCursor(parser, false);
        cursor.first = event;
        return cursor;
    }

    @Override
    public Token next() throws IOException {
        text = null;
        JsonParser.Event event;
        if (first != null) {
            event = first;
            first = null;
        } else {
            try {
                if (!parser.hasNext()) {
                    return endOfInput();
                }
                event = parser.next();
            } catch (JsonException e) {
                throw refused(e);
            }
        }
        started = true;
        switch (event) {
            case START_OBJECT:
                return Token.START_OBJECT;
            case END_OBJECT:
                return Token.END_OBJECT;
            case START_ARRAY:
                return Token.START_ARRAY;
            case END_ARRAY:
                return Token.END_ARRAY;
            case KEY_NAME:
                return Token.NAME;
            case VALUE_STRING:
                return Token.STRING;
            case VALUE_NUMBER:
                return Token.NUMBER;
            case VALUE_TRUE:
                return Token.TRUE;
            case VALUE_FALSE:
                return Token.FALSE;
            case VALUE_NULL:
                return Token.NULL;
            default:
                throw new IllegalStateException("JSON-P event " + event + " is not part of JSON-P 2.1");
        }
    }

    /**
     * Core takes "no more tokens" for an empty document, and may only meet it first: a provider
     * that answers so inside a value would otherwise have core wait for a closing token forever.
     */
    private Token endOfInput() throws IOException {
        if (started) {
            throw refused(new JsonParsingException("The input ends inside a value", parser.getLocation()));
        }
        return Token.END_OF_INPUT;
    }

    /** JSON-P builds the string on every call: core asks for the length and then often the text. */
    @Override
    public String text() {
        if (text == null) {
            text = parser.getString();
        }
        return text;
    }

    @Override
    public int textLength() {
        return text().length();
    }

    /**
     * Parsson refuses anything after the root, valid or not, as a parsing exception; another
     * provider may instead report a next value. Either is data after the root.
     */
    @Override
    public boolean atEndOfInput() throws IOException {
        try {
            return !parser.hasNext();
        } catch (JsonParsingException e) {
            return false;
        } catch (JsonException e) {
            throw refused(e);
        }
    }

    @Override
    public void close() {
        if (owned) {
            parser.close();
        }
    }

    /**
     * The library's refusal in the form core expects. Whether it was malformed text or a failure
     * of the application's input is core's to decide; the cause keeps JSON-P's own exception.
     */
    private static IOException refused(JsonException e) {
        return new IOException(e.getMessage(), e);
    }
}
