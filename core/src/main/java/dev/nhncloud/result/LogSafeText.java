package dev.nhncloud.result;

/**
 * Makes text that came from a response safe to log or print: line breaks, terminal escapes,
 * bidirectional and other invisible format characters, private-use, unassigned and
 * noncharacter code points, and unpaired surrogates are escaped, so the text can neither forge
 * a log line nor hide what it says. The SDK's own {@code toString()} and exception messages use
 * it, and so does the command line; applications may too.
 *
 * <pre>{@code
 * log.warn("provider said {}", LogSafeText.quote(header.resultMessage(), 200));
 * }</pre>
 *
 * <p><b>What is escaped</b> is decided by Unicode general category, code point by code point,
 * in every plane: Cc (controls, C0 and C1, DEL), Cf (format: bidirectional controls,
 * zero-width characters, the byte order mark, the invisible tag characters U+E0000–U+E007F),
 * Co (private use, U+E000–U+F8FF and planes 15 and 16), Cn (unassigned, and the noncharacters
 * such as U+FFFF and U+10FFFF), Cs (surrogates, which only an unpaired one can be: a valid pair
 * is judged as the code point it forms), Zl and Zp (U+2028, U+2029). Everything else, letters
 * and ideographs and emoji of every plane among them, is kept as it is. The categories are the
 * running JDK's ({@link Character#getType(int)}), hence its version of Unicode (13.0 on JDK 17,
 * 15.0 on JDK 21, 16.0 on JDK 25): a character newer than the JDK is unassigned to it, and
 * escaped.
 *
 * <p><b>How</b>: {@code "}, {@code \}, tab, line feed and carriage return as {@code \"},
 * {@code \\}, {@code \t}, {@code \n}, {@code \r}; every other escaped code point as the
 * {@code \}{@code uXXXX} escapes of its UTF-16 code units (four upper-case hexadecimal digits
 * each), so a supplementary code point such as U+E0041 becomes two,
 * {@code \}{@code uDB40}{@code \}{@code uDC41}, exactly as JSON and Java write it. The escapes
 * are unambiguous and reversible: an unpaired surrogate is one escape and is never next to a
 * surrogate it could pair with (that would have been a pair), and a {@link #quote quote} that
 * was not cut is a JSON string literal whose JSON value is the original text.
 */
public final class LogSafeText {

    /** The most characters of input an SDK failure message quotes. */
    public static final int QUOTE_LIMIT = 100;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LogSafeText() {
    }

    /**
     * Double-quotes and escapes at most {@code limit} characters (UTF-16 code units) of
     * {@code text}, never splitting a surrogate pair, and marks a cut with an ellipsis and the
     * number of characters left out. Uncut, the result is a JSON string literal.
     *
     * @param text  untrusted text
     * @param limit the most characters of {@code text} to keep
     * @return a printable, single-line, quoted string, such as {@code "a\nb"… (12 more)}
     */
    public static String quote(CharSequence text, int limit) {
        int end = Math.min(text.length(), limit);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 16).append('"');
        escape(text, end, out);
        out.append('"');
        if (end < text.length()) {
            out.append("\u2026 (").append(text.length() - end).append(" more)");
        }
        return out.toString();
    }

    /**
     * Escapes all of {@code text}, without quotes: for text that is not a JSON string, such
     * as a file name.
     *
     * @param text untrusted text
     * @return printable, single-line text
     */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, text.length(), out);
        return out.toString();
    }

    private static void escape(CharSequence text, int end, StringBuilder out) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                        char low = text.charAt(++i);
                        if (isUnsafe(Character.toCodePoint(c, low))) {
                            escapeUnit(c, out);
                            escapeUnit(low, out);
                        } else {
                            out.append(c).append(low);
                        }
                    } else if (isUnsafe(c)) {
                        escapeUnit(c, out);
                    } else {
                        out.append(c);
                    }
            }
        }
    }

    private static void escapeUnit(char c, StringBuilder out) {
        out.append('\\').append('u').append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
    }

    /**
     * Whether a code point could forge or hide text on a terminal or in a log: its Unicode
     * category (by the running JDK) is Cc, Cf, Co, Cn, Cs, Zl or Zp; see the class description.
     * A {@code char} is accepted as the code point of the same value, so a surrogate on its own
     * is unsafe; a value that is not a code point at all (negative, or above U+10FFFF) is unsafe.
     *
     * @param codePoint a code point, or a {@code char}
     * @return true when it is escaped
     */
    public static boolean isUnsafe(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return true;
            default:
                return false;
        }
    }
}
