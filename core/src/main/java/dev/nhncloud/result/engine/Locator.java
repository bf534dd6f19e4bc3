package dev.nhncloud.result.engine;

import dev.nhncloud.result.MalformedResponseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Says where something is in what a source read ({@link Delivered}), in core's own terms, so that
 * a message gives the same position and the same words in every binding: the start of the k-th
 * token, the first data after the root, and, when a library refused the text, the first place
 * where the text stops being JSON and what is wrong there.
 *
 * <p>It scans the text as RFC 8259 reads it, from the start, only when a message needs a
 * position: it never decides whether a document is read, only how a refusal is described. Lines
 * are counted at each line feed; columns and offsets count the input's units (bytes for bytes,
 * characters for text), from 1 and from 0, the offset counting a byte order mark that was
 * dropped.
 */
final class Locator {

    /** The expected tokens, in words, for a message. */
    private static final String A_VALUE = "a value";

    private final Delivered text;
    /**
     * Where the text stops: the units kept, or for bytes the first sequence that is not UTF-8,
     * since a text source's decoder stops there and a byte source refuses to deliver past it.
     */
    private final int end;
    private int index;
    private int line = 1;
    private int column = 1;
    private int tokens;
    /** The open containers, innermost last: 'O' for objects, 'A' for arrays. */
    private byte[] stack = new byte[16];
    private int depth;
    /** Where the last token started. */
    private int tokenIndex;
    private int tokenLine;
    private int tokenColumn;
    /** The problem found, when scanning for one. */
    private MalformedResponseException problem;

    private Locator(Delivered text) {
        this.text = text;
        this.end = text.textLength();
        // The byte order mark is not part of the document: columns start after it.
        this.index = text.byteOrderMark();
    }

    /**
     * Where the k-th token starts (the root's first token is the first).
     *
     * @param text  what the source read
     * @param token the token's number, from 1
     * @return the position in words
     */
    static String ofToken(Delivered text, int token) {
        Locator scan = new Locator(text);
        return scan.scan(token, false) ? scan.tokenPosition() : scan.beyond();
    }

    /**
     * Where a unit is.
     *
     * @param text   what the source read
     * @param offset the unit's input offset
     * @return the position in words
     */
    static String ofOffset(Delivered text, long offset) {
        Locator scan = new Locator(text);
        if (offset > text.length()) {
            return scan.beyond();
        }
        long target = Math.max(offset, scan.index);
        while (scan.index < target) {
            scan.advance();
        }
        return scan.position(scan.index, scan.line, scan.column);
    }

    /**
     * Where the first data after the root value is.
     *
     * @param text what the source read
     * @return the position in words
     */
    static String afterRoot(Delivered text) {
        Locator scan = new Locator(text);
        if (!scan.scan(Integer.MAX_VALUE, true)) {
            return scan.beyond();
        }
        scan.skipWhitespace();
        return scan.position(scan.index, scan.line, scan.column);
    }

    /**
     * What is wrong with a text a library refused, or in which a source found a fault: the first
     * place where it stops being JSON (or where it passes a limit every binding applies),
     * described in core's words. Bytes stop being text where they stop being UTF-8.
     *
     * @param text    what the source read
     * @param refusal the library's exception, kept as the cause; or the source's own fault
     *                ({@link Source#fault()}), returned itself when it is the first problem or
     *                lies past the units kept
     * @return the exception to throw: {@code MALFORMED_JSON}, or a limit's reason
     */
    static MalformedResponseException refusal(Delivered text, Throwable refusal) {
        Locator scan = new Locator(text);
        scan.scan(Integer.MAX_VALUE, false);
        if (scan.problem != null) {
            if (scan.problem.getMessage().equals(messageOf(refusal))) {
                // The source's own fault, found again: the same words, so the fault itself.
                return (MalformedResponseException) refusal;
            }
            scan.problem.initCause(refusal);
            return scan.problem;
        }
        if (refusal instanceof MalformedResponseException) {
            // The source's own fault, past the units kept: it knows best where it is.
            return (MalformedResponseException) refusal;
        }
        String where = text.whole() ? scan.position(scan.index, scan.line, scan.column) : scan.beyond();
        return Problems.refusedValidText(where, refusal);
    }

    private static String messageOf(Throwable refusal) {
        return refusal instanceof MalformedResponseException ? refusal.getMessage() : null;
    }

    // ------------------------------------------------------------------------------------ scanning

    /** Where the scan is in the grammar. */
    private enum State { VALUE, FIRST_MEMBER_OR_END, MEMBER, COLON, FIRST_ELEMENT_OR_END, AFTER_VALUE }

    /** Whether the token the scan looks for has started. */
    private boolean stopped;

    /**
     * Scans until the given token starts, or the root value ends, or a problem is met, or the
     * units kept end. It walks with its own stack, never by recursion, so no nesting is too deep.
     *
     * @return true when the token (or, if asked, the root's end) was reached
     */
    private boolean scan(int stopAtToken, boolean stopAfterRoot) {
        State state = State.VALUE;
        while (true) {
            skipWhitespace();
            if (state == State.AFTER_VALUE && depth == 0) {
                return stopAfterRoot;
            }
            if (index >= end) {
                end(expected(state));
                return false;
            }
            int c = text.at(index);
            switch (state) {
                case VALUE:
                    if (!isValueStart(c)) {
                        unexpected(c, A_VALUE);
                        return false;
                    }
                    if (startToken(stopAtToken)) {
                        return true;
                    }
                    if (c == '{') {
                        advance();
                        push('O');
                        state = State.FIRST_MEMBER_OR_END;
                    } else if (c == '[') {
                        advance();
                        push('A');
                        state = State.FIRST_ELEMENT_OR_END;
                    } else if (!scalar(c)) {
                        return false;
                    } else {
                        state = State.AFTER_VALUE;
                    }
                    break;
                case FIRST_MEMBER_OR_END:
                case MEMBER:
                    if (c == '}' && state == State.FIRST_MEMBER_OR_END) {
                        if (close(stopAtToken)) {
                            return true;
                        }
                        state = State.AFTER_VALUE;
                    } else if (c == '"') {
                        if (startToken(stopAtToken)) {
                            return true;
                        }
                        if (!string(true)) {
                            return false;
                        }
                        state = State.COLON;
                    } else {
                        unexpected(c, expected(state));
                        return false;
                    }
                    break;
                case COLON:
                    if (c != ':') {
                        unexpected(c, "':'");
                        return false;
                    }
                    advance();
                    state = State.VALUE;
                    break;
                case FIRST_ELEMENT_OR_END:
                    if (c == ']') {
                        if (close(stopAtToken)) {
                            return true;
                        }
                        state = State.AFTER_VALUE;
                    } else {
                        state = State.VALUE;
                    }
                    break;
                default:
                    boolean inObject = stack[depth - 1] == 'O';
                    if (c == ',') {
                        advance();
                        state = inObject ? State.MEMBER : State.VALUE;
                    } else if (c == (inObject ? '}' : ']')) {
                        if (close(stopAtToken)) {
                            return true;
                        }
                    } else {
                        unexpected(c, expected(state));
                        return false;
                    }
                    break;
            }
        }
    }

    /** A container's closing token. True when it is the token the scan looks for. */
    private boolean close(int stopAtToken) {
        if (startToken(stopAtToken)) {
            return true;
        }
        advance();
        depth--;
        return false;
    }

    private String expected(State state) {
        switch (state) {
            case VALUE:
            case FIRST_ELEMENT_OR_END:
                return A_VALUE;
            case FIRST_MEMBER_OR_END:
                return "a member name or '}'";
            case MEMBER:
                return "a member name";
            case COLON:
                return "':'";
            default:
                return depth > 0 && stack[depth - 1] == 'O' ? "',' or '}'" : "',' or ']'";
        }
    }

    private static boolean isValueStart(int c) {
        return c == '{' || c == '[' || c == '"' || c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n';
    }

    /** A string, number or literal value; false, with the problem, when it is not one. */
    private boolean scalar(int c) {
        switch (c) {
            case '"':
                return string(false);
            case 't':
                return literal("true");
            case 'f':
                return literal("false");
            case 'n':
                return literal("null");
            default:
                return number();
        }
    }

    private void push(int container) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = (byte) container;
    }

    /** Counts a token starting here; true when it is the one the scan looks for. */
    private boolean startToken(int stopAtToken) {
        tokens++;
        tokenIndex = index;
        tokenLine = line;
        tokenColumn = column;
        stopped = tokens == stopAtToken;
        return stopped;
    }

    private boolean literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (index >= end) {
                return end("the literal " + word);
            }
            int c = text.at(index);
            if (c != word.charAt(k)) {
                return problem(Problems.invalidJsonAt(position(index, line, column),
                        "found " + describe(c) + " in a literal, which must be true, false or null"));
            }
            advance();
        }
        return true;
    }

    private boolean number() {
        // A literal past the limit is refused from its start: a library may not hold its end.
        int start = index;
        int startLine = line;
        int startColumn = column;
        if (text.at(index) == '-') {
            advance();
        }
        if (!digits("a digit")) {
            return false;
        }
        if (text.at(index - 1) == '0' && index - start == (text.at(start) == '-' ? 2 : 1)
                && index < end && isDigit(text.at(index))) {
            return problem(Problems.invalidJsonAt(position(index, line, column), "a number with a leading zero"));
        }
        while (index < end && isDigit(text.at(index))) {
            advance();
        }
        if (!withinLimit(start, startLine, startColumn)) {
            return false;
        }
        if (index < end && text.at(index) == '.') {
            advance();
            if (!digits("a digit after the decimal point")) {
                return false;
            }
            while (index < end && isDigit(text.at(index))) {
                advance();
            }
        }
        if (index < end && (text.at(index) == 'e' || text.at(index) == 'E')) {
            advance();
            if (index < end && (text.at(index) == '+' || text.at(index) == '-')) {
                advance();
            }
            if (!digits("a digit in the exponent")) {
                return false;
            }
            while (index < end && isDigit(text.at(index))) {
                advance();
            }
        }
        return withinLimit(start, startLine, startColumn);
    }

    /** Whether the literal from {@code start} to here is within the number limit, as far as it goes. */
    private boolean withinLimit(int start, int startLine, int startColumn) {
        if (index - start > HeaderRules.MAX_NUMBER_LENGTH) {
            return problem(Problems.numberTooLong(HeaderRules.MAX_NUMBER_LENGTH, position(start, startLine, startColumn)));
        }
        return true;
    }

    /** One digit at least: false, with a problem, when there is none. */
    private boolean digits(String what) {
        if (index >= end) {
            return end(what);
        }
        int c = text.at(index);
        if (!isDigit(c)) {
            return unexpected(c, what);
        }
        advance();
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A string or a member name from its opening quote to its closing one. A name is also checked
     * for unpaired surrogates, written raw (in text) or escaped, as core checks every name.
     */
    private boolean string(boolean name) {
        int start = index;
        int startLine = line;
        int startColumn = column;
        advance();
        int high = -1;
        while (true) {
            if (index >= end) {
                return end(name ? "the rest of a member name" : "the rest of a string");
            }
            int c = text.at(index);
            int unit;
            if (c == '"') {
                advance();
                if (name && high >= 0) {
                    return problem(Problems.unpairedSurrogateInName((char) high, position(start, startLine, startColumn)));
                }
                return true;
            } else if (c == '\\') {
                int escapeIndex = index;
                int escapeLine = line;
                int escapeColumn = column;
                advance();
                if (index >= end) {
                    return end("an escape");
                }
                int e = text.at(index);
                if (e == 'u') {
                    advance();
                    unit = 0;
                    for (int k = 0; k < 4; k++) {
                        if (index >= end) {
                            return end("a hexadecimal digit of a \\u escape");
                        }
                        int digit = Character.digit(text.at(index), 16);
                        if (digit < 0 || text.at(index) > 'f') {
                            return problem(Problems.invalidJsonAt(position(index, line, column),
                                    "found " + describe(text.at(index)) + " in a \\u escape, which takes four hexadecimal digits"));
                        }
                        unit = unit * 16 + digit;
                        advance();
                    }
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                    advance();
                    unit = 'x';
                } else {
                    return problem(Problems.invalidJsonAt(position(escapeIndex, escapeLine, escapeColumn),
                            "an invalid escape \\" + (e > 0x20 && e < 0x7F ? String.valueOf((char) e) : String.format(Locale.ROOT, "U+%04X", e))
                                    + " in a string"));
                }
            } else if (c < 0x20) {
                return problem(Problems.invalidJsonAt(position(index, line, column),
                        String.format(Locale.ROOT, "a raw control character U+%04X in a string", c)));
            } else {
                advance();
                // Bytes: UTF-8 (checked up to the end) has no surrogate; characters may.
                unit = text.unit() == Delivered.Unit.CHARACTERS ? c : 'x';
            }
            if (name) {
                if (Character.isHighSurrogate((char) unit)) {
                    if (high >= 0) {
                        return problem(Problems.unpairedSurrogateInName((char) high, position(start, startLine, startColumn)));
                    }
                    high = unit;
                } else if (Character.isLowSurrogate((char) unit)) {
                    if (high < 0) {
                        return problem(Problems.unpairedSurrogateInName((char) unit, position(start, startLine, startColumn)));
                    }
                    high = -1;
                } else if (high >= 0) {
                    return problem(Problems.unpairedSurrogateInName((char) high, position(start, startLine, startColumn)));
                }
            }
        }
    }

    private void skipWhitespace() {
        while (index < end) {
            int c = text.at(index);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            advance();
        }
    }

    private void advance() {
        if (text.at(index) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        index++;
    }

    /**
     * The text ended: at bytes that are not UTF-8, or at the input's end, that is the problem;
     * at the end of the units kept from a longer input, the scan just stops.
     */
    private boolean end(String expected) {
        if (index < text.length()) {
            return problem(Problems.invalidUtf8(position(index, line, column), text.at(index)));
        }
        if (text.whole()) {
            problem(Problems.invalidJsonAt(position(index, line, column), "the input ends where " + expected + " should follow"));
        }
        return false;
    }

    private boolean unexpected(int c, String expected) {
        return problem(Problems.invalidJsonAt(position(index, line, column), "found " + describe(c) + " where " + expected + " should be"));
    }

    private boolean problem(MalformedResponseException found) {
        if (problem == null) {
            problem = found;
        }
        return false;
    }

    private static String describe(int c) {
        if (c > 0x20 && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return c >= 0x80 ? "a non-ASCII character" : String.format(Locale.ROOT, "U+%04X", c);
    }

    // ----------------------------------------------------------------------------------- positions

    private String tokenPosition() {
        return position(tokenIndex, tokenLine, tokenColumn);
    }

    private String position(int at, int atLine, int atColumn) {
        return String.format(Locale.ROOT, "line %d, column %d (%s offset %d)", atLine, atColumn, text.unit().word(), at);
    }

    private String beyond() {
        return String.format(Locale.ROOT, "a position past the first %,d %ss", Delivered.KEPT, text.unit().word());
    }
}
