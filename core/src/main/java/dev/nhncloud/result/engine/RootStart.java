package dev.nhncloud.result.engine;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.spi.JsonCursor.Token;

/**
 * Decides the root's kind from its first significant character, before any library tokenizes
 * it, and from a tree's root token: this is the one place where {@code EMPTY_INPUT} and
 * {@code NOT_AN_OBJECT} are decided. A text source asks before a library reads the root, because
 * libraries libraries differ in how far they read a root that is not an object ({@code 2x},
 * {@code "abc}) and in what they accept first (Jackson's byte parser guesses UTF-16 from a zero
 * byte and skips a byte order mark of its own), so this is where the "first problem in reading
 * order" for the root is settled, the same for characters and bytes.
 *
 * <ul>
 * <li>Whitespace is skipped.</li>
 * <li><code>&#123;</code> starts the root: from there on the library reads.</li>
 * <li>A character that starts another JSON value is {@code NOT_AN_OBJECT}.</li>
 * <li>Anything else is {@code MALFORMED_JSON}.</li>
 * </ul>
 *
 * <p>Only ASCII decides, so a byte source passes its bytes and a text source its characters; a
 * tree's root token stands for the character its value starts with.
 */
final class RootStart {

    /** Stands for the end of the input. */
    private static final int END = -1;

    /** What the source has read, to say where the root starts; null for a tree. */
    private final Delivered delivered;
    private boolean seen;
    /** The units inspected: whitespace before the root's first character. */
    private int inspected;

    /**
     * A decision for a source.
     *
     * @param delivered what the source reads, to say where the root starts
     */
    RootStart(Delivered delivered) {
        this.delivered = delivered;
    }

    /**
     * Whether the root's first character has been inspected.
     *
     * @return true once the library may read on its own
     */
    boolean seen() {
        return seen;
    }

    /**
     * Inspects the characters or bytes delivered to the library until the root's first one.
     *
     * @param unit what is about to be delivered: a char or an unsigned byte
     * @throws dev.nhncloud.result.MalformedResponseException when the root is not an object
     */
    void inspect(int unit) {
        switch (unit) {
            case ' ':
            case '\t':
            case '\r':
            case '\n':
                inspected++;
                return;
            case '{':
                seen = true;
                return;
            default:
                seen = true;
                throw decide(unit, Locator.ofOffset(delivered, delivered.byteOrderMark() + inspected));
        }
    }

    /**
     * The input ended before the root's first character.
     *
     * @return the exception to throw: {@code EMPTY_INPUT}
     */
    MalformedResponseException end() {
        return decide(END, null);
    }

    /**
     * Decides a tree's root that is not an object.
     *
     * @param token    the root's token, other than {@code START_OBJECT}
     * @param location where the root is
     * @return the exception to throw
     */
    static MalformedResponseException refuse(Token token, String location) {
        return decide(firstCharacterOf(token), location);
    }

    private static int firstCharacterOf(Token token) {
        switch (token) {
            case START_ARRAY:
                return '[';
            case STRING:
                return '"';
            case NUMBER:
                return '0';
            case TRUE:
                return 't';
            case FALSE:
                return 'f';
            case NULL:
                return 'n';
            case END_OF_INPUT:
                return END;
            default:
                throw new IllegalArgumentException("no root starts with " + token);
        }
    }

    /** The decision: nothing, a value other than an object, or something that starts no value. */
    private static MalformedResponseException decide(int first, String location) {
        if (first == END) {
            return Problems.emptyInput();
        }
        String found = describeStart(first);
        return found != null ? Problems.notAnObject(found, location) : Problems.noValueStart(first, location);
    }

    /** What a root starting with {@code c} is, when it is a value other than an object. */
    private static String describeStart(int c) {
        switch (c) {
            case '[':
                return "an array";
            case '"':
                return "a string";
            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return "a number";
            case 't':
            case 'f':
            case 'n':
                return "a literal starting with '" + (char) c + "'";
            default:
                return null;
        }
    }
}
