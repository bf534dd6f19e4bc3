package dev.nhncloud.result.internal;

/**
 * Quotes text that came from a response so that it cannot forge or hide log lines: line
 * breaks, terminal escapes, bidirectional and other invisible format characters, and unpaired
 * surrogates are written as {@code \}{@code uXXXX} escapes, and long text is cut.
 */
public final class LogSafeText {

    /** The most characters of input a failure message quotes. */
    public static final int QUOTE_LIMIT = 100;

    private LogSafeText() {
    }

    /**
     * Double-quotes and escapes at most {@code limit} characters of {@code text}, marking a cut
     * with an ellipsis and the number of characters left out.
     *
     * @param text  untrusted text
     * @param limit the most characters of {@code text} to keep
     * @return a printable, single-line, quoted string
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
                    if (Character.isSurrogate(c) && isPaired(text, i, end)) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isUnsafe(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
    }

    private static boolean isPaired(CharSequence text, int i, int end) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static boolean isUnsafe(char c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:             // C0, DEL and C1, ESC among them
            case Character.FORMAT:              // bidi overrides and isolates, zero-width characters, BOM
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:           // unpaired
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return true;
            default:
                return false;
        }
    }
}
