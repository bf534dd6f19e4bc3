package dev.nhncloud.result.engine;

import static dev.nhncloud.result.ResultHeader.IS_SUCCESSFUL;
import static dev.nhncloud.result.ResultHeader.MEMBER_NAME;
import static dev.nhncloud.result.ResultHeader.RESULT_CODE;
import static dev.nhncloud.result.ResultHeader.RESULT_MESSAGE;

import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonCursor;
import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The header rules, implemented once: every binding, in every form (stream, tree, data-binding
 * hook), reads a header through these methods, so all bindings agree by construction.
 *
 * <p>Rules, in the order reading meets them: the root is an object; it has a member
 * {@code header} that is an object; {@code isSuccessful} is a boolean, {@code resultCode} an
 * integer literal in {@code int} range, {@code resultMessage} a string or null, no known field
 * twice, both required fields present; nesting within {@link ReadOptions#maxDepth()}, the
 * message within {@link ReadOptions#maxMessageLength()}, every number literal at most
 * {@value #MAX_NUMBER_LENGTH} characters, no member name with an unpaired surrogate. Without
 * {@link ReadOptions#validateDocument()}, reading stops at the header's closing brace; with it,
 * the rest of the root is read too and a second header or data after the root is refused.
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
     * Reads the header of a tree the application already holds. A tree in memory cannot fail to
     * read, so no {@link IOException} is declared.
     *
     * @param root  the tree's root node
     * @param model how to read the library's nodes
     * @param <N>   the library's node type
     * @return the header
     * @throws MalformedResponseException when a rule is broken
     */
    public <N> ResultHeader readTree(N root, TreeModel<N> model) {
        try {
            return readDocument(TreeCursor.over(root, model));
        } catch (IOException e) {
            throw new UncheckedIOException("a tree declares IOException but cannot throw it", e);
        }
    }

    /**
     * Reads a header value in the middle of a document, for data-binding hooks: the next token
     * of the cursor starts the value of a {@code header} member. The header is taken to be at
     * depth 2, as in a response document. The rest of the document is the library's business.
     *
     * @param cursor a cursor whose next token starts the header value
     * @return the header
     * @throws MalformedResponseException when a rule is broken
     * @throws IOException                what the cursor threw
     */
    public ResultHeader readHeaderValue(JsonCursor cursor) throws IOException {
        TokenStream tokens = LibraryTokens.ofValue(cursor, "/" + MEMBER_NAME);
        Token token = next(tokens);
        if (token != Token.START_OBJECT) {
            MalformedResponseException notObject = Problems.headerNotObject(describe(tokens, token), tokens.location());
            skipRest(token, tokens, ROOT_DEPTH);
            throw notObject;
        }
        return readHeaderObject(tokens, ROOT_DEPTH);
    }

    /**
     * The library refused the JSON of a header a data-binding hook reads.
     *
     * @param refusal the library's exception
     * @return the exception to throw
     */
    public static MalformedResponseException malformed(Exception refusal) {
        return Problems.invalidJsonInHeader(refusal);
    }

    /**
     * A second {@code header} member of an object a data-binding hook binds.
     *
     * @return the exception to throw
     */
    public static MalformedResponseException duplicateHeader() {
        return Problems.duplicateHeader(null);
    }

    /**
     * An object a data-binding hook binds ended without a {@code header} member.
     *
     * @return the exception to throw
     */
    public static MalformedResponseException missingHeader() {
        return Problems.missingHeader(null);
    }

    /**
     * A {@code header} member whose value is {@code null}, which a library handed to a hook
     * without letting it read the value.
     *
     * @return the exception to throw
     */
    public static MalformedResponseException nullHeader() {
        return headerNotObject("null");
    }

    /**
     * The root of a document a data-binding hook binds a response class from is not an object.
     *
     * @return the exception to throw
     */
    public static MalformedResponseException rootNotAnObject() {
        return Problems.notAnObject("another value", null);
    }

    /**
     * A {@code header} member whose value is not an object, as a data-binding hook met it.
     *
     * @param found what the value is, in words
     * @return the exception to throw
     */
    public static MalformedResponseException headerNotObject(String found) {
        return Problems.headerNotObject(found, null);
    }

    /**
     * Reads the header of a whole response document.
     *
     * @param tokens the document's tokens, before the first one
     * @return the header
     * @throws MalformedResponseException when a rule is broken
     * @throws IOException                what the tokens threw
     */
    ResultHeader readDocument(TokenStream tokens) throws IOException {
        Token token = next(tokens);
        if (token != Token.START_OBJECT) {
            // Only a tree gets here: a text source decides its root from the first character.
            throw RootStart.refuse(token, tokens.location());
        }
        ResultHeader header = null;
        // A header member that breaks a rule is reported at the end of the root, as a missing
        // header is: see the class comment for why.
        MalformedResponseException broken = null;
        while (next(tokens) != Token.END_OBJECT) {
            if (!isName(tokens, MEMBER_NAME)) {
                skipValue(tokens, ROOT_DEPTH);
                continue;
            }
            Token value = next(tokens);
            if (header != null || broken != null) {
                if (broken == null) {
                    broken = Problems.duplicateHeader(tokens.location());
                }
                skipRest(value, tokens, ROOT_DEPTH);
            } else if (value != Token.START_OBJECT) {
                broken = Problems.headerNotObject(describe(tokens, value), tokens.location());
                skipRest(value, tokens, ROOT_DEPTH);
            } else {
                header = readHeaderObject(tokens, ROOT_DEPTH);
                if (!options.validateDocument()) {
                    return header;
                }
            }
        }
        if (broken != null) {
            throw broken;
        }
        if (header == null) {
            throw Problems.missingHeader(tokens.location());
        }
        if (!atEndOfInput(tokens)) {
            throw Problems.trailingData(tokens.afterRootLocation());
        }
        return header;
    }

    /**
     * Whether only whitespace follows the root. Anything else is trailing data, even text that is
     * not JSON or bytes that are not UTF-8: the libraries look different distances past the root
     * (Gson refuses the first character, Jackson and JSON-P read a whole token), so a complaint
     * met there is not told apart from any other data after the root.
     */
    private static boolean atEndOfInput(TokenStream tokens) throws IOException {
        try {
            return tokens.atEndOfInput();
        } catch (MalformedResponseException e) {
            if (e.reason() == MalformedResponseException.Reason.MALFORMED_JSON) {
                return false;
            }
            throw e;
        }
    }

    /** Reads the header object after its opening brace, to its closing brace. */
    private ResultHeader readHeaderObject(TokenStream tokens, int parentDepth) throws IOException {
        int depth = parentDepth + 1;
        checkDepth(depth, tokens);
        boolean hasSuccessful = false;
        boolean hasCode = false;
        boolean hasMessage = false;
        boolean successful = false;
        int code = 0;
        String message = "";
        // The first rule a field breaks, thrown at the closing brace: see the class comment.
        MalformedResponseException broken = null;
        while (next(tokens) != Token.END_OBJECT) {
            String field = knownField(tokens);
            Token value = next(tokens);
            MalformedResponseException problem = null;
            if (field == IS_SUCCESSFUL) {
                problem = hasSuccessful ? duplicate(field, tokens) : booleanProblem(value, tokens);
                successful = problem == null ? value == Token.TRUE : successful;
                hasSuccessful = true;
            } else if (field == RESULT_CODE) {
                problem = hasCode ? duplicate(field, tokens) : codeProblem(value, tokens);
                code = problem == null ? Integer.parseInt(tokens.text()) : code;
                hasCode = true;
            } else if (field == RESULT_MESSAGE) {
                problem = hasMessage ? duplicate(field, tokens) : messageProblem(value, tokens);
                message = problem == null && value == Token.STRING ? tokens.text() : message;
                hasMessage = true;
            }
            broken = broken != null ? broken : problem;
            skipRest(value, tokens, depth);
        }
        if (broken != null) {
            throw broken;
        }
        if (!hasSuccessful || !hasCode) {
            String missing = !hasSuccessful && !hasCode ? IS_SUCCESSFUL + ", " + RESULT_CODE
                    : !hasSuccessful ? IS_SUCCESSFUL : RESULT_CODE;
            throw Problems.missingField(missing, tokens.location());
        }
        return ResultHeader.of(options.catalogue(), successful, code, message);
    }

    private static MalformedResponseException duplicate(String field, TokenStream tokens) {
        return Problems.duplicateField(MEMBER_NAME + "." + field, tokens.location());
    }

    private static MalformedResponseException booleanProblem(Token value, TokenStream tokens) throws IOException {
        return value == Token.TRUE || value == Token.FALSE ? null
                : Problems.wrongType(MEMBER_NAME + "." + IS_SUCCESSFUL, "a boolean", describe(tokens, value), tokens.location());
    }

    private static MalformedResponseException codeProblem(Token value, TokenStream tokens) throws IOException {
        if (value != Token.NUMBER || !tokens.isInteger()) {
            return Problems.wrongType(MEMBER_NAME + "." + RESULT_CODE, "an integer", describe(tokens, value), tokens.location());
        }
        String literal = tokens.text();
        int start = literal.startsWith("-") ? 1 : 0;
        if (literal.length() > start + 1 && literal.charAt(start) == '0') {
            // JSON has no leading zeros; a strict library refuses them, and a hook whose library
            // buffered the header leniently must not read 007 as 7.
            throw Problems.leadingZero(literal, tokens.location());
        }
        // Checked by digit count before parsing so that no literal can wrap around. A tree's
        // integer too large to print plainly keeps its exponent, and is out of range as well.
        if (literal.length() - start > INT_DIGITS || !isDigits(literal, start)) {
            return Problems.codeOutOfRange(literal, tokens.location());
        }
        long parsed = Long.parseLong(literal);
        return parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE
                ? Problems.codeOutOfRange(literal, tokens.location()) : null;
    }

    private static boolean isDigits(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private MalformedResponseException messageProblem(Token value, TokenStream tokens) throws IOException {
        if (value == Token.NULL) {
            return null;
        }
        if (value != Token.STRING) {
            return Problems.wrongType(MEMBER_NAME + "." + RESULT_MESSAGE, "a string or null",
                    describe(tokens, value), tokens.location());
        }
        int length = tokens.textLength();
        return length > options.maxMessageLength()
                ? Problems.tooLong(length, options.maxMessageLength(), tokens.location()) : null;
    }

    /** Skips one value without building it, checking depth and number lengths on the way. */
    private void skipValue(TokenStream tokens, int parentDepth) throws IOException {
        skipRest(next(tokens), tokens, parentDepth);
    }

    /** Skips the rest of a value whose first token has been read; nothing when it is a scalar. */
    private void skipRest(Token first, TokenStream tokens, int parentDepth) throws IOException {
        int depth = parentDepth;
        Token token = first;
        while (true) {
            switch (token) {
                case START_OBJECT:
                case START_ARRAY:
                    checkDepth(++depth, tokens);
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
            token = next(tokens);
        }
    }

    private void checkDepth(int depth, TokenStream tokens) {
        if (depth > options.maxDepth()) {
            throw Problems.tooDeep(options.maxDepth(), tokens.location());
        }
    }

    /**
     * Every token passes here, so no number literal and no member name escapes its check. Where
     * the source's text already proves a name or number within its limit ({@link TokenBound}),
     * it is not measured, so the library need not build it.
     */
    private Token next(TokenStream tokens) throws IOException {
        Token token = tokens.next();
        if (token == Token.NUMBER) {
            if (!tokens.bounded(MAX_NUMBER_LENGTH) && tokens.textLength() > MAX_NUMBER_LENGTH) {
                throw Problems.numberTooLong(MAX_NUMBER_LENGTH, tokens.location());
            }
        } else if (token == Token.NAME && !tokens.bounded(options.maxNameLength())) {
            checkName(tokens);
        }
        return token;
    }

    /**
     * A name is measured from its text: every library builds a name to tell its length (Jackson
     * holds names as strings), so asking the text once costs less than asking both.
     *
     * <p>Jackson refuses a member name holding an unpaired surrogate (not a string value) and
     * cannot be told otherwise; Gson and JSON-P accept one. The bindings must agree, so every
     * name is checked here, whether its surrogate was escaped or, in text given as characters,
     * written raw.
     */
    private void checkName(TokenStream tokens) throws IOException {
        String name = tokens.text();
        if (name.length() > options.maxNameLength()) {
            throw Problems.nameTooLong(options.maxNameLength(), tokens.location());
        }
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
                throw Problems.unpairedSurrogateInName(c, tokens.location());
            }
        }
    }

    private static boolean isName(TokenStream tokens, String name) throws IOException {
        return tokens.textLength() == name.length() && tokens.text().equals(name);
    }

    /** The constant for a known header field, so callers compare by identity; else null. */
    private static String knownField(TokenStream tokens) throws IOException {
        int length = tokens.textLength();
        if (length < RESULT_CODE.length() || length > RESULT_MESSAGE.length()) {
            return null;
        }
        switch (tokens.text()) {
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

    private static String describe(TokenStream tokens, Token token) throws IOException {
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
                return describeText(tokens, "a string");
            case NUMBER:
                return describeText(tokens, "a number");
            default:
                return token.toString();
        }
    }

    /** Quotes a scalar, without building the text of one too long to quote. */
    private static String describeText(TokenStream tokens, String type) throws IOException {
        int length = tokens.textLength();
        return length <= LogSafeText.QUOTE_LIMIT
                ? Problems.describe(type, tokens.text())
                : type + " of " + length + " characters";
    }
}
