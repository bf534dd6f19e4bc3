package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Jackson's tokens as core's: a translation, no rule. Jackson 3's exceptions are unchecked; the
 * cursor hands them to core as {@link IOException}s, as the SPI asks: a failure of the input
 * ({@link JacksonIOException}) as the input's own exception, and a refusal of the text as a
 * {@link Refusal} that keeps Jackson's exception as its cause. Every other exception (such as
 * core's own refusal of invalid UTF-8, thrown by its byte source through the parser) passes.
 */
final class Jackson3Cursor implements JsonCursor {

    /** What closing a cursor of the SDK's own parser does after closing the parser. */
    @FunctionalInterface
    interface AfterClose {
        void closed(JsonParser parser);
    }

    private final JsonParser parser;
    private final boolean owned;
    private final AfterClose afterClose;
    private JsonToken current;

    private Jackson3Cursor(JsonParser parser, boolean owned, AfterClose afterClose, JsonToken current) {
        this.parser = parser;
        this.owned = owned;
        this.afterClose = afterClose;
        this.current = current;
    }

    /** A cursor over a new parser of a {@link StrictFactory}, which it closes. */
    static Jackson3Cursor over(JsonParser parser) {
        return new Jackson3Cursor(parser, true, null, null);
    }

    /** A cursor over a new parser of a {@link StrictFactory}, which it closes and then hands to {@code afterClose}. */
    static Jackson3Cursor over(JsonParser parser, AfterClose afterClose) {
        return new Jackson3Cursor(parser, true, afterClose, null);
    }

    /**
     * A cursor over the application's parser, positioned on the first token of a value (as a
     * deserializer receives it); it neither advances past that value nor closes the parser.
     */
    static Jackson3Cursor at(JsonParser parser) {
        return new Jackson3Cursor(parser, false, null, parser.currentToken());
    }

    /** What a hook does with a cursor over the application's parser. */
    @FunctionalInterface
    interface HeaderRead {
        ResultHeader read(JsonCursor cursor) throws IOException;
    }

    /**
     * Reads a header value from the application's parser as strict JSON (see
     * {@link StrictHeaderFactory#strictly}) and turns what the cursor threw back into what a
     * Jackson deserializer throws: Jackson's refusal of the text inside the header is
     * {@code MALFORMED_JSON}, and a failure of the application's input is Jackson's own
     * {@link JacksonIOException} again. The token the parser is on has already been read by its
     * own settings; it starts the value.
     */
    static ResultHeader readStrictly(JsonParser parser, HeaderRead read) {
        return StrictHeaderFactory.strictly(parser, () -> {
            try {
                return read.read(at(parser));
            } catch (Refusal e) {
                // Jackson's StreamConstraintsException (a limit of the mapper's own) is no
                // StreamReadException in Jackson 3: valid JSON past a limit stays Jackson's refusal.
                if (e.getCause() instanceof StreamReadException) {
                    throw HeaderBinding.malformed(e.getCause());
                }
                throw e.getCause();
            } catch (IOException e) {
                throw JacksonIOException.construct(e, parser);
            }
        });
    }

    /**
     * Jackson's exception in the form core expects. A failure of the input is the input's own
     * {@link IOException}; anything else Jackson refuses is a {@link Refusal}.
     *
     * @param e what Jackson threw
     * @return the exception to throw
     */
    static IOException refused(JacksonException e) {
        if (e instanceof JacksonIOException && e.getCause() != null) {
            return ((JacksonIOException) e).getCause();
        }
        return new Refusal(e);
    }

    /** Jackson refused the text (or the parser's state): the library's exception as an {@link IOException}. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;

        Refusal(JacksonException refusal) {
            super(refusal.getOriginalMessage(), refusal);
        }

        @Override
        public synchronized JacksonException getCause() {
            return (JacksonException) super.getCause();
        }
    }

    @Override
    public Token next() throws IOException {
        JsonToken token;
        try {
            token = current != null ? current : parser.nextToken();
        } catch (JacksonException e) {
            throw refused(e);
        }
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
            case PROPERTY_NAME:
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
                throw new Refusal(new StreamReadException(parser, "token " + token + " is not JSON text"));
        }
    }

    @Override
    public String text() throws IOException {
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw refused(e);
        }
    }

    @Override
    public int textLength() throws IOException {
        try {
            return parser.getStringLength();
        } catch (JacksonException e) {
            throw refused(e);
        }
    }

    /** Jackson reads several root values by default; anything after the root, valid or not, is trailing. */
    @Override
    public boolean atEndOfInput() throws IOException {
        try {
            return parser.nextToken() == null;
        } catch (StreamReadException e) {
            return false;
        } catch (JacksonException e) {
            throw refused(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            try {
                parser.close();
            } catch (JacksonException e) {
                throw refused(e);
            }
            if (afterClose != null) {
                afterClose.closed(parser);
            }
        }
    }
}
