package dev.nhncloud.result.engine;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException.Reason;

/**
 * The wording of every {@link MalformedResponseException} the SDK raises, in one place so that
 * each reason reads the same whichever binding and input form met it. A message names the
 * field, says what was found, and ends with the position when one is known.
 */
public final class Problems {

    private Problems() {
    }

    /**
     * Nothing but whitespace or a byte order mark.
     *
     * @return the exception to throw
     */
    public static MalformedResponseException emptyInput() {
        return new MalformedResponseException(Reason.EMPTY_INPUT, "the input holds no JSON value");
    }

    /**
     * The root is a JSON value other than an object.
     *
     * @param found    what the root is, as from {@link #describe}
     * @param location where it starts, or null
     * @return the exception to throw
     */
    public static MalformedResponseException notAnObject(String found, String location) {
        return new MalformedResponseException(Reason.NOT_AN_OBJECT,
                "root: expected a JSON object, found " + found + at(location));
    }

    /**
     * The JSON library refused the text.
     *
     * @param libraryMessage the library's explanation; its first line is quoted, cut at 100 characters
     * @param location       where the library stopped, or null
     * @param cause          the library's exception
     * @return the exception to throw
     */
    public static MalformedResponseException malformedJson(String libraryMessage, String location, Throwable cause) {
        String firstLine = libraryMessage == null ? "" : libraryMessage.lines().findFirst().orElse("");
        return new MalformedResponseException(Reason.MALFORMED_JSON,
                "invalid JSON" + at(location) + ": " + LogSafeText.quote(firstLine, LogSafeText.QUOTE_LIMIT), cause);
    }

    /**
     * Bytes that are not UTF-8.
     *
     * @param byteOffset the offset of the first byte of the invalid sequence
     * @param firstByte  that byte
     * @return the exception to throw
     */
    public static MalformedResponseException invalidUtf8(long byteOffset, int firstByte) {
        return new MalformedResponseException(Reason.MALFORMED_JSON,
                String.format("invalid UTF-8: byte 0x%02X at byte offset %d does not start a valid sequence",
                        firstByte & 0xFF, byteOffset));
    }

    /**
     * A raw U+0000 in bytes: JSON allows it only escaped, and a byte parser that sees a zero byte
     * among the first ones may take the text for UTF-16 or UTF-32.
     *
     * @param byteOffset the offset of the zero byte
     * @return the exception to throw
     */
    public static MalformedResponseException nulByte(long byteOffset) {
        return new MalformedResponseException(Reason.MALFORMED_JSON,
                "invalid JSON: a zero byte (U+0000, allowed only escaped) at byte offset " + byteOffset);
    }

    /**
     * The root's first character starts no JSON value.
     *
     * @param c        the character, or for bytes the unsigned byte
     * @param location where it is
     * @return the exception to throw
     */
    static MalformedResponseException noValueStart(int c, String location) {
        String found = c >= 0x80 ? "a non-ASCII character"
                : c > 0x20 && c < 0x7F ? "'" + (char) c + "'"
                : String.format("U+%04X", c);
        return new MalformedResponseException(Reason.MALFORMED_JSON,
                "root: expected a JSON object, found " + found + ", which starts no JSON value" + at(location));
    }

    /**
     * A number literal longer than the SDK reads.
     *
     * @param length   its length in characters
     * @param limit    the longest literal read
     * @param location where it is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException numberTooLong(int length, int limit, String location) {
        return new MalformedResponseException(Reason.MALFORMED_JSON,
                "a number literal of " + length + " characters, over the limit of " + limit + at(location));
    }

    /**
     * An integer literal with a leading zero, which JSON does not allow.
     *
     * @param literal  the literal
     * @param location where it is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException leadingZero(String literal, String location) {
        return new MalformedResponseException(Reason.MALFORMED_JSON,
                "header.resultCode: " + LogSafeText.quote(literal, LogSafeText.QUOTE_LIMIT)
                        + " is not a JSON number (a leading zero)" + at(location));
    }

    /**
     * A member name holding an unpaired surrogate.
     *
     * @param surrogate the unpaired surrogate
     * @param location  where the name is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException unpairedSurrogateInName(char surrogate, String location) {
        return new MalformedResponseException(Reason.MALFORMED_JSON,
                String.format("a member name with the unpaired surrogate U+%04X", (int) surrogate) + at(location));
    }

    /**
     * The root object ended without a header.
     *
     * @param location the root's closing brace, or null
     * @return the exception to throw
     */
    public static MalformedResponseException missingHeader(String location) {
        return new MalformedResponseException(Reason.MISSING_HEADER,
                "root: the object ends without a \"header\" member" + at(location));
    }

    /**
     * The header member is not an object.
     *
     * @param found    what it is, as from {@link #describe}
     * @param location where it is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException headerNotObject(String found, String location) {
        return new MalformedResponseException(Reason.HEADER_NOT_OBJECT,
                "header: expected an object, found " + found + at(location));
    }

    /**
     * Required fields are absent.
     *
     * @param missing  the names of the absent fields, comma separated
     * @param location the header's closing brace, or null
     * @return the exception to throw
     */
    public static MalformedResponseException missingField(String missing, String location) {
        return new MalformedResponseException(Reason.MISSING_FIELD,
                "header: missing " + missing + at(location));
    }

    /**
     * A field of the wrong type.
     *
     * @param field    the field's path, such as {@code header.resultCode}
     * @param expected what the field must be
     * @param found    what it is, as from {@link #describe}
     * @param location where it is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException wrongType(String field, String expected, String found, String location) {
        return new MalformedResponseException(Reason.WRONG_TYPE,
                field + ": expected " + expected + ", found " + found + at(location));
    }

    /**
     * An integer {@code resultCode} outside the int range.
     *
     * @param literal  the number as written
     * @param location where it is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException codeOutOfRange(String literal, String location) {
        return new MalformedResponseException(Reason.CODE_OUT_OF_RANGE,
                "header.resultCode: " + LogSafeText.quote(literal, LogSafeText.QUOTE_LIMIT)
                        + " is outside the range of a Java int" + at(location));
    }

    /**
     * A known field met twice.
     *
     * @param field    the field's path
     * @param location where the second one is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException duplicateField(String field, String location) {
        return new MalformedResponseException(Reason.DUPLICATE_FIELD, field + ": appears twice" + at(location));
    }

    /**
     * Nesting over the limit.
     *
     * @param limit    the configured maximum depth
     * @param location where the limit was passed, or null
     * @return the exception to throw
     */
    public static MalformedResponseException tooDeep(int limit, String location) {
        return new MalformedResponseException(Reason.TOO_DEEP,
                "values nested deeper than the limit of " + limit + at(location));
    }

    /**
     * A {@code resultMessage} over the limit.
     *
     * @param length   its length in characters
     * @param limit    the configured maximum
     * @param location where it is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException tooLong(int length, int limit, String location) {
        return new MalformedResponseException(Reason.TOO_LONG,
                "header.resultMessage: " + length + " characters, over the limit of " + limit + at(location));
    }

    /**
     * A second top-level header.
     *
     * @param location where the second one is, or null
     * @return the exception to throw
     */
    public static MalformedResponseException duplicateHeader(String location) {
        return new MalformedResponseException(Reason.DUPLICATE_HEADER,
                "root: a second \"header\" member" + at(location));
    }

    /**
     * Text after the root value.
     *
     * @param location where the root value ended, or null
     * @return the exception to throw
     */
    public static MalformedResponseException trailingData(String location) {
        return new MalformedResponseException(Reason.TRAILING_DATA,
                "more input after the root value" + at(location));
    }

    /**
     * Describes a value for a message: its JSON type, and for scalars the value itself, quoted
     * and cut at 100 characters.
     *
     * @param type  the JSON type in words, such as "a string"
     * @param value the scalar's text, or null for objects, arrays and literals
     * @return for example {@code a string "0"}
     */
    public static String describe(String type, CharSequence value) {
        return value == null ? type : type + " " + LogSafeText.quote(value, LogSafeText.QUOTE_LIMIT);
    }

    /**
     * A tree's location is a JSON Pointer built from member names, which are input: escaped, and
     * cut to its last 100 characters, the end being what says where.
     */
    private static String at(String location) {
        if (location == null || location.isEmpty()) {
            return "";
        }
        // Cut the location itself, never its escaped form (which an escape or a surrogate pair
        // could be cut through), and not between the halves of a pair.
        int start = Math.max(0, location.length() - LogSafeText.QUOTE_LIMIT);
        if (start > 0 && Character.isLowSurrogate(location.charAt(start)) && Character.isHighSurrogate(location.charAt(start - 1))) {
            start++;
        }
        return " at " + (start > 0 ? "\u2026" : "") + LogSafeText.escape(location.substring(start));
    }
}
