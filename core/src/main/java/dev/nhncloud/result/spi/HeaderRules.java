package dev.nhncloud.result.spi;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.internal.Problems;
import dev.nhncloud.result.spi.JsonCursor.Token;
import java.io.IOException;
import java.util.Objects;

/**
 * The header rules, implemented once: every binding, stream and tree, reads a header by
 * handing a {@link JsonCursor} to these methods, so all bindings agree by construction.
 *
 * <p>Rules, in the order reading meets them: the root is an object; it has a member
 * {@code header} that is an object; {@code isSuccessful} is a boolean, {@code resultCode} an
 * integer literal in {@code int} range, {@code resultMessage} a string or null, no known field
 * twice, both required fields present; nesting within {@link ReadOptions#maxDepth()}, the
 * message within {@link ReadOptions#maxMessageLength()}, every number literal at most
 * {@value #MAX_NUMBER_LENGTH} characters, no member name with an unpaired surrogate. Without {@link ReadOptions#validateDocument()},
 * reading stops at the header's closing brace; with it, the rest of the root is read too and a
 * second header or data after the root is refused.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HeaderRules {

    /**
     * The longest number literal read anywhere in a document, in characters; a longer one is
     * {@code MALFORMED_JSON}. Gson cannot tokenize literals of 1,024 characters or more, and the
     * bindings must agree, so the limit sits below that and is not configurable.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    private static final String HEADER = "header";
    private static final String IS_SUCCESSFUL = "isSuccessful";
    private static final String RESULT_CODE = "resultCode";
    private static final String RESULT_MESSAGE = "resultMessage";
    /** The depth of the root object's members' container: the header object sits one deeper. */
    private static final int ROOT_DEPTH = 1;
    /** {@code -2147483648} has ten digits. */
    private static final int INT_DIGITS = 10;

    private final ReadOptions options;

    private HeaderRules(ReadOptions options) {
        this.options = options;
    }

    /**
     * The rules with the given limits and mode.
     *
     * @param options the limits and mode
     * @return the rules
     */
    public static HeaderRules of(ReadOptions options) {
        return new HeaderRules(Objects.requireNonNull(options, "options"));
    }

    /**
     * The limits and mode these rules apply.
     *
     * @return the options
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * Reads the header of a whole response document.
     *
     * @param cursor a cursor at the start of the document
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when a rule is broken
     * @throws IOException                                    what the cursor threw
     */
    public ResultHeader readDocument(JsonCursor cursor) throws IOException {
        Token token = next(cursor);
        if (token == Token.END_OF_INPUT) {
            throw Problems.emptyInput();
        }
        if (token != Token.START_OBJECT) {
            throw Problems.notAnObject(describe(cursor, token), cursor.location());
        }
        ResultHeader header = null;
        while (next(cursor) != Token.END_OBJECT) {
            if (isName(cursor, HEADER)) {
                if (header != null) {
                    throw Problems.duplicateHeader(cursor.location());
                }
                header = readHeaderValue(cursor, ROOT_DEPTH);
                if (!options.validateDocument()) {
                    return header;
                }
            } else {
                skipValue(cursor, ROOT_DEPTH);
            }
        }
        if (header == null) {
            throw Problems.missingHeader(cursor.location());
        }
        if (!cursor.atEndOfInput()) {
            throw Problems.trailingData(cursor.location());
        }
        return header;
    }

    /**
     * Reads a header value in the middle of a document, for data-binding hooks: the next token
     * of the cursor starts the value of a {@code header} member. The header is taken to be at
     * depth 2, as in a response document. The rest of the document is the library's business.
     *
     * @param cursor a cursor whose next token starts the header value
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when a rule is broken
     * @throws IOException                                    what the cursor threw
     */
    public ResultHeader readHeader(JsonCursor cursor) throws IOException {
        return readHeaderValue(cursor, ROOT_DEPTH);
    }

    private ResultHeader readHeaderValue(JsonCursor cursor, int parentDepth) throws IOException {
        Token token = next(cursor);
        if (token != Token.START_OBJECT) {
            throw Problems.headerNotObject(describe(cursor, token), cursor.location());
        }
        int depth = parentDepth + 1;
        checkDepth(depth, cursor);
        boolean hasSuccessful = false;
        boolean hasCode = false;
        boolean hasMessage = false;
        boolean successful = false;
        int code = 0;
        String message = "";
        while (next(cursor) != Token.END_OBJECT) {
            String field = knownField(cursor);
            if (field == IS_SUCCESSFUL) {
                hasSuccessful = once(hasSuccessful, field, cursor);
                successful = readBoolean(cursor);
            } else if (field == RESULT_CODE) {
                hasCode = once(hasCode, field, cursor);
                code = readCode(cursor);
            } else if (field == RESULT_MESSAGE) {
                hasMessage = once(hasMessage, field, cursor);
                message = readMessage(cursor);
            } else {
                skipValue(cursor, depth);
            }
        }
        if (!hasSuccessful || !hasCode) {
            String missing = !hasSuccessful && !hasCode ? IS_SUCCESSFUL + ", " + RESULT_CODE
                    : !hasSuccessful ? IS_SUCCESSFUL : RESULT_CODE;
            throw Problems.missingField(missing, cursor.location());
        }
        return ResultHeader.of(successful, code, message);
    }

    private static boolean once(boolean seen, String field, JsonCursor cursor) {
        if (seen) {
            throw Problems.duplicateField(HEADER + "." + field, cursor.location());
        }
        return true;
    }

    private boolean readBoolean(JsonCursor cursor) throws IOException {
        Token token = next(cursor);
        if (token == Token.TRUE || token == Token.FALSE) {
            return token == Token.TRUE;
        }
        throw Problems.wrongType(HEADER + "." + IS_SUCCESSFUL, "a boolean", describe(cursor, token), cursor.location());
    }

    private int readCode(JsonCursor cursor) throws IOException {
        Token token = next(cursor);
        if (token != Token.NUMBER) {
            throw Problems.wrongType(HEADER + "." + RESULT_CODE, "an integer", describe(cursor, token), cursor.location());
        }
        String literal = cursor.text();
        int start = literal.startsWith("-") ? 1 : 0;
        boolean integer = literal.length() > start;
        for (int i = start; i < literal.length() && integer; i++) {
            char c = literal.charAt(i);
            integer = c >= '0' && c <= '9';
        }
        if (!integer) {
            throw Problems.wrongType(HEADER + "." + RESULT_CODE, "an integer",
                    describe(cursor, token), cursor.location());
        }
        // Checked by digit count before parsing so that no literal can wrap around.
        if (literal.length() - start > INT_DIGITS) {
            throw Problems.codeOutOfRange(literal, cursor.location());
        }
        long value = Long.parseLong(literal);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw Problems.codeOutOfRange(literal, cursor.location());
        }
        return (int) value;
    }

    private String readMessage(JsonCursor cursor) throws IOException {
        Token token = next(cursor);
        if (token == Token.NULL) {
            return "";
        }
        if (token != Token.STRING) {
            throw Problems.wrongType(HEADER + "." + RESULT_MESSAGE, "a string or null",
                    describe(cursor, token), cursor.location());
        }
        int length = cursor.textLength();
        if (length > options.maxMessageLength()) {
            throw Problems.tooLong(length, options.maxMessageLength(), cursor.location());
        }
        return cursor.text();
    }

    /** Skips one value without building it, checking depth and number lengths on the way. */
    private void skipValue(JsonCursor cursor, int parentDepth) throws IOException {
        int depth = parentDepth;
        do {
            switch (next(cursor)) {
                case START_OBJECT:
                case START_ARRAY:
                    checkDepth(++depth, cursor);
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    depth--;
                    break;
                default:
                    break;
            }
        } while (depth > parentDepth);
    }

    private void checkDepth(int depth, JsonCursor cursor) {
        if (depth > options.maxDepth()) {
            throw Problems.tooDeep(options.maxDepth(), cursor.location());
        }
    }

    /** Every token passes here, so no number literal and no member name escapes its check. */
    private static Token next(JsonCursor cursor) throws IOException {
        Token token = cursor.next();
        if (token == Token.NUMBER) {
            int length = cursor.textLength();
            if (length > MAX_NUMBER_LENGTH) {
                throw Problems.numberTooLong(length, MAX_NUMBER_LENGTH, cursor.location());
            }
        } else if (token == Token.NAME) {
            checkName(cursor);
        }
        return token;
    }

    /**
     * Jackson refuses a member name holding an unpaired surrogate (not a string value) and
     * cannot be told otherwise; Gson and JSON-P accept one. The bindings must agree, so every
     * name is checked here, whether its surrogate was escaped or, in text given as characters,
     * written raw.
     */
    private static void checkName(JsonCursor cursor) throws IOException {
        String name = cursor.text();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Problems.unpairedSurrogateInName(c, cursor.location());
            }
        }
    }

    private static boolean isName(JsonCursor cursor, String name) throws IOException {
        return cursor.textLength() == name.length() && cursor.text().equals(name);
    }

    /** The interned constant for a known header field, so callers compare by identity; else null. */
    private static String knownField(JsonCursor cursor) throws IOException {
        int length = cursor.textLength();
        if (length < RESULT_CODE.length() || length > RESULT_MESSAGE.length()) {
            return null;
        }
        switch (cursor.text()) {
            case IS_SUCCESSFUL:
                return IS_SUCCESSFUL;
            case RESULT_CODE:
                return RESULT_CODE;
            case RESULT_MESSAGE:
                return RESULT_MESSAGE;
            default:
                return null;
        }
    }

    private static String describe(JsonCursor cursor, Token token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case TRUE:
                return "true";
            case FALSE:
                return "false";
            case NULL:
                return "null";
            case STRING:
                return describeText(cursor, "a string");
            case NUMBER:
                return describeText(cursor, "a number");
            default:
                return token.toString();
        }
    }

    /** Quotes a scalar, without building the text of one too long to quote. */
    private static String describeText(JsonCursor cursor, String type) throws IOException {
        int length = cursor.textLength();
        return length <= LogSafeText.QUOTE_LIMIT
                ? Problems.describe(type, cursor.text())
                : type + " of " + length + " characters";
    }
}
