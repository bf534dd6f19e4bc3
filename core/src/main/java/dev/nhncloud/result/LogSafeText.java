package dev.nhncloud.result;

/**
 * Makes text that came from a response safe to log or print: line breaks, terminal escapes,
 * bidirectional and other invisible format characters, and unpaired surrogates become
 * {@code \}{@code uXXXX} escapes, so the text can neither forge a log line nor hide what it says.
 * The SDK's own {@code toString()} and exception messages use it; applications may too.
 *
 * <pre>{@code
 * log.warn("provider said {}", LogSafeText.quote(header.resultMessage(), 200));
 * }</pre>
 */
public final class LogSafeText {

    /** The most characters of input an SDK failure message quotes. */
    public static final int QUOTE_LIMIT = 100;

    private LogSafeText() {
    }

    /**
     * Double-quotes and escapes at most {@code limit} characters of {@code text}, marking a cut
     * with an ellipsis and the number of characters left out.
     *
     * @param text  untrusted text
     * @param limit the most characters of {@code text} to keep
     * @return a printable, single-line, quoted string, such as {@code "a\nb"… (12 more)}
     */
    public static String quote(CharSequence text, int limit) {
        int end = Math.min(text.length(), limit);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
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
                        out.append(c).append(text.charAt(++i));
                    } else if (isUnsafe(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
    }

    /**
     * Whether a character could forge or hide text on a terminal or in a log: controls (C0,
     * DEL, C1, ESC among them), format characters (bidirectional overrides and isolates,
     * zero-width characters, the byte order mark), line and paragraph separators, surrogates
     * (a pair is safe as a whole), unassigned and private-use code points.
     *
     * @param c a character
     * @return true when it should be escaped
     */
    public static boolean isUnsafe(char c) {
        switch (Character.getType(c)) {
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
