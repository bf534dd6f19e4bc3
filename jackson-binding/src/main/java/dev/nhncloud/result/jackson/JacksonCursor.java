package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;

/** Jackson's tokens as core's: a translation, no rule. */
final class JacksonCursor implements JsonCursor {

    /** What closing a cursor of the SDK's own parser does after closing the parser. */
    @FunctionalInterface
    interface AfterClose {
        void closed(JsonParser parser);
    }

    private final JsonParser parser;
    private final boolean owned;
    private final AfterClose afterClose;
    private JsonToken current;

    private JacksonCursor(JsonParser parser, boolean owned, AfterClose afterClose, JsonToken current) {
        this.parser = parser;
        this.owned = owned;
        this.afterClose = afterClose;
        this.current = current;
    }

    /** A cursor over a new parser of the SDK's factory, which it closes. */
    static JacksonCursor over(JsonParser parser) {
        return new JacksonCursor(parser, true, null, null);
    }

    /** A cursor over a new parser of the SDK's factory, which it closes and then hands to {@code afterClose}. */
    static JacksonCursor over(JsonParser parser, AfterClose afterClose) {
        return new JacksonCursor(parser, true, afterClose, null);
    }

    /**
     * A cursor over the application's parser, positioned on the first token of a value (as a
     * deserializer receives it); it neither advances past that value nor closes the parser.
     */
    static JacksonCursor at(JsonParser parser) {
        return new JacksonCursor(parser, false, null, parser.currentToken());
    }

    /** What a hook does with a cursor over the application's parser. */
    @FunctionalInterface
    interface HeaderRead {
        ResultHeader read(JsonCursor cursor) throws IOException;
    }

    /** Every extension of JSON a Jackson parser can be asked to accept. */
    private static final int EXTENSIONS = extensions();

    private static int extensions() {
        int mask = 0;
        for (JsonReadFeature feature : JsonReadFeature.values()) {
            mask |= feature.mappedFeature().getMask();
        }
        return mask;
    }

    /**
     * Reads a header value from the application's parser as strict JSON: its extensions
     * (comments, single quotes, leading zeros and the rest) are switched off while the header is
     * read and restored after, and what the parser then refuses is {@code MALFORMED_JSON}. The
     * token the parser is on has already been read by its own settings; it starts the value.
     */
    static ResultHeader readStrictly(JsonParser parser, HeaderRead read) throws IOException {
        int features = parser.getFeatureMask();
        parser.overrideStdFeatures(0, EXTENSIONS);
        try {
            return read.read(at(parser));
        } catch (StreamReadException e) {
            throw HeaderBinding.malformed(e);
        } finally {
            parser.overrideStdFeatures(features, EXTENSIONS);
        }
    }

    @Override
    public Token next() throws IOException {
        JsonToken token = current != null ? current : parser.nextToken();
        current = null;
        if (token == null) {
            return Token.END_OF_INPUT;
        }
        switch (token) {
            case START_OBJECT:
                return Token.START_OBJECT;
            case END_OBJECT:
                return Token.END_OBJECT;
            case START_ARRAY:
                return Token.START_ARRAY;
            case END_ARRAY:
                return Token.END_ARRAY;
            case FIELD_NAME:
                return Token.NAME;
            case VALUE_STRING:
                return Token.STRING;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Token.NUMBER;
            case VALUE_TRUE:
                return Token.TRUE;
            case VALUE_FALSE:
                return Token.FALSE;
            case VALUE_NULL:
                return Token.NULL;
            default:
                // VALUE_EMBEDDED_OBJECT (a Java object buffered by data binding) and NOT_AVAILABLE
                // (non-blocking parsing) are not JSON text.
                throw new JsonParseException(parser, "token " + token + " is not JSON text");
        }
    }

    @Override
    public String text() throws IOException {
        return parser.getText();
    }

    @Override
    public int textLength() throws IOException {
        return parser.getTextLength();
    }

    /** Jackson reads several root values by default; anything after the root, valid or not, is trailing. */
    @Override
    public boolean atEndOfInput() throws IOException {
        try {
            return parser.nextToken() == null;
        } catch (StreamReadException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            parser.close();
            if (afterClose != null) {
                afterClose.closed(parser);
            }
        }
    }
}
