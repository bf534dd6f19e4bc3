package dev.nhncloud.result.spi;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.internal.Problems;
import dev.nhncloud.result.spi.JsonCursor.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * <p>A rule the header breaks is reported once the value it is in has been read: a field's at
 * the header's closing brace, the header member's own (not an object, a second header) at the
 * end of the root. A document that is not well-formed up to that point is
 * {@code MALFORMED_JSON} instead. The libraries look ahead by different amounts (Jackson reads a
 * member's colon and scalar value along with its name, Gson checks the character after a number,
 * JSON-P reads a whole string at once), so a rule reported at the token that breaks it would give
 * different reasons for one document in different bindings.
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
        // A header member that breaks a rule is reported at the end of the root, as a missing
        // header is: see the class comment for why.
        MalformedResponseException broken = null;
        while (next(cursor) != Token.END_OBJECT) {
            if (!isName(cursor, HEADER)) {
                skipValue(cursor, ROOT_DEPTH);
                continue;
            }
            Token value = next(cursor);
            if (header != null || broken != null) {
                if (broken == null) {
                    broken = Problems.duplicateHeader(cursor.location());
                }
                skipRest(value, cursor, ROOT_DEPTH);
            } else if (value != Token.START_OBJECT) {
                broken = Problems.headerNotObject(describe(cursor, value), cursor.location());
                skipRest(value, cursor, ROOT_DEPTH);
            } else {
                header = readHeaderObject(cursor, ROOT_DEPTH);
                if (!options.validateDocument()) {
                    return header;
                }
            }
        }
        if (broken != null) {
            throw broken;
        }
        if (header == null) {
            throw Problems.missingHeader(cursor.location());
        }
        if (!atEndOfInput(cursor)) {
            throw Problems.trailingData(cursor.location());
        }
        return header;
    }

    /**
     * Whether only whitespace follows the root. Anything else is trailing data, even text that is
     * not JSON or bytes that are not UTF-8: the libraries look different distances past the root
     * (Gson refuses the first character, Jackson and JSON-P read a whole token), so a complaint
     * met there is not told apart from any other data after the root.
     */
    private static boolean atEndOfInput(JsonCursor cursor) throws IOException {
        try {
            return cursor.atEndOfInput();
        } catch (MalformedResponseException e) {
            if (e.reason() == MalformedResponseException.Reason.MALFORMED_JSON) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Reads the header of a tree the application already holds: a binding's tree adapter in
     * one call. A tree in memory cannot fail to read, so no {@link IOException} is declared.
     *
     * @param root  the tree's root node
     * @param model how to read the library's nodes
     * @param <N>   the library's node type
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when a rule is broken
     */
    public <N> ResultHeader readTree(N root, TreeModel<N> model) {
        try {
            return readDocument(TreeCursor.over(root, model));
        } catch (IOException e) {
            throw new UncheckedIOException("a tree cursor declares IOException but cannot throw it", e);
        }
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
            MalformedResponseException notObject = Problems.headerNotObject(describe(cursor, token), cursor.location());
            skipRest(token, cursor, parentDepth);
            throw notObject;
        }
        return readHeaderObject(cursor, parentDepth);
    }

    /** Reads the header object after its opening brace, to its closing brace. */
    private ResultHeader readHeaderObject(JsonCursor cursor, int parentDepth) throws IOException {
        int depth = parentDepth + 1;
        checkDepth(depth, cursor);
        boolean hasSuccessful = false;
        boolean hasCode = false;
        boolean hasMessage = false;
        boolean successful = false;
        int code = 0;
        String message = "";
        // The first rule a field breaks, thrown at the closing brace: see the class comment.
        MalformedResponseException broken = null;
        while (next(cursor) != Token.END_OBJECT) {
            String field = knownField(cursor);
            Token value = next(cursor);
            MalformedResponseException problem = null;
            if (field == IS_SUCCESSFUL) {
                problem = hasSuccessful ? duplicate(field, cursor) : booleanProblem(value, cursor);
                successful = problem == null ? value == Token.TRUE : successful;
                hasSuccessful = true;
            } else if (field == RESULT_CODE) {
                problem = hasCode ? duplicate(field, cursor) : codeProblem(value, cursor);
                code = problem == null ? Integer.parseInt(cursor.text()) : code;
                hasCode = true;
            } else if (field == RESULT_MESSAGE) {
                problem = hasMessage ? duplicate(field, cursor) : messageProblem(value, cursor);
                message = problem == null && value == Token.STRING ? cursor.text() : message;
                hasMessage = true;
            }
            broken = broken != null ? broken : problem;
            skipRest(value, cursor, depth);
        }
        if (broken != null) {
            throw broken;
        }
        if (!hasSuccessful || !hasCode) {
            String missing = !hasSuccessful && !hasCode ? IS_SUCCESSFUL + ", " + RESULT_CODE
                    : !hasSuccessful ? IS_SUCCESSFUL : RESULT_CODE;
            throw Problems.missingField(missing, cursor.location());
        }
        return ResultHeader.of(successful, code, message);
    }

    private static MalformedResponseException duplicate(String field, JsonCursor cursor) {
        return Problems.duplicateField(HEADER + "." + field, cursor.location());
    }

    private static MalformedResponseException booleanProblem(Token value, JsonCursor cursor) throws IOException {
        return value == Token.TRUE || value == Token.FALSE ? null
                : Problems.wrongType(HEADER + "." + IS_SUCCESSFUL, "a boolean", describe(cursor, value), cursor.location());
    }

    private static MalformedResponseException codeProblem(Token value, JsonCursor cursor) throws IOException {
        if (value != Token.NUMBER) {
            return Problems.wrongType(HEADER + "." + RESULT_CODE, "an integer", describe(cursor, value), cursor.location());
        }
        String literal = cursor.text();
        int start = literal.startsWith("-") ? 1 : 0;
        boolean integer = literal.length() > start;
        for (int i = start; i < literal.length() && integer; i++) {
            char c = literal.charAt(i);
            integer = c >= '0' && c <= '9';
        }
        if (!integer) {
            return Problems.wrongType(HEADER + "." + RESULT_CODE, "an integer", describe(cursor, value), cursor.location());
        }
        // Checked by digit count before parsing so that no literal can wrap around.
        if (literal.length() - start > INT_DIGITS) {
            return Problems.codeOutOfRange(literal, cursor.location());
        }
        long parsed = Long.parseLong(literal);
        return parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE
                ? Problems.codeOutOfRange(literal, cursor.location()) : null;
    }

    private MalformedResponseException messageProblem(Token value, JsonCursor cursor) throws IOException {
        if (value == Token.NULL) {
            return null;
        }
        if (value != Token.STRING) {
            return Problems.wrongType(HEADER + "." + RESULT_MESSAGE, "a string or null",
                    describe(cursor, value), cursor.location());
        }
        int length = cursor.textLength();
        return length > options.maxMessageLength()
                ? Problems.tooLong(length, options.maxMessageLength(), cursor.location()) : null;
    }

    /** Skips one value without building it, checking depth and number lengths on the way. */
    private void skipValue(JsonCursor cursor, int parentDepth) throws IOException {
        skipRest(next(cursor), cursor, parentDepth);
    }

    /** Skips the rest of a value whose first token has been read; nothing when it is a scalar. */
    private void skipRest(Token first, JsonCursor cursor, int parentDepth) throws IOException {
        int depth = parentDepth;
        Token token = first;
        while (true) {
            switch (token) {
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
            if (depth <= parentDepth) {
                return;
            }
            token = next(cursor);
        }
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
        int i = 0;
        // Nearly every name has no surrogate at all: one comparison per character finds that.
        while (i < name.length() && !Character.isSurrogate(name.charAt(i))) {
            i++;
        }
        for (; i < name.length(); i++) {
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
