package dev.nhncloud.result.robustness;

import dev.nhncloud.result.LogSafeText;

/**
 * Checks that text the SDK produces from untrusted input (a {@code toString()}, an exception
 * message) is safe to log: one line, no terminal escapes, no bidirectional or other invisible
 * controls; and that an exception message quotes at most 100 characters of its input.
 */
final class LogSafety {

    /** The most characters of input a message may quote (DESIGN.md, rule 10). */
    static final int QUOTE_LIMIT = LogSafeText.QUOTE_LIMIT;

    private LogSafety() {
    }

    /**
     * The first code point that could forge or hide a log line, or null: one of a category
     * {@link LogSafeText#isUnsafe(int)} escapes (Cc, Cf, Co, Cn, Cs, Zl, Zp), in any plane. A
     * surrogate pair is judged as the code point it forms (an emoji is safe, a tag character
     * is not); an unpaired surrogate is unsafe.
     */
    static String unsafeCharacter(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (LogSafeText.isUnsafe(codePoint)) {
                return String.format("U+%04X at index %d", codePoint, i);
            }
        }
        return null;
    }

    /**
     * The start of a run of more than {@link #QUOTE_LIMIT} characters of {@code message} that
     * also occurs in {@code input}, or -1.
     *
     * <p>The SDK quotes input between double quotes and escapes what it quotes (a backslash
     * becomes two, a control character six): the message is unescaped first, so that a quote of
     * 100 characters holding backslashes is measured as the 100 characters it quotes. The
     * delimiting double quotes are not input, though they may match a quote character of the
     * input by chance, so a run never spans one: each stretch between double quotes is searched
     * on its own. The marker where a location was cut ({@code " at …"}) is the SDK's own words in
     * the same way; a fuzzer learns those words from the comparisons of this check and puts them
     * in its input, so a run never spans that marker either.
     *
     * <p>Cheap enough to run on every fuzz input: a run of 101 characters contains a whole
     * window of 50 characters starting at a multiple of 51, so only those windows are searched
     * for, and the rare hit is then checked exactly.
     */
    static int longQuote(String escapedMessage, String input) {
        String message = unescape(escapedMessage).replace(" at \u2026", "\"");
        int from = 0;
        while (from <= message.length()) {
            int to = message.indexOf('"', from);
            if (to < 0) {
                to = message.length();
            }
            int found = longRun(message.substring(from, to), input);
            if (found >= 0) {
                return from + found;
            }
            from = to + 1;
        }
        return -1;
    }

    /**
     * Undoes {@link LogSafeText}'s escapes: {@code \\}, {@code \"}, {@code \n}, {@code \r}, {@code \t},
     * {@code \}{@code uXXXX} (a supplementary code point's two escapes give back its pair).
     */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(i + 1);
            switch (next) {
                case '\\':
                case '"':
                    out.append(next);
                    i++;
                    break;
                case 'n':
                    out.append('\n');
                    i++;
                    break;
                case 'r':
                    out.append('\r');
                    i++;
                    break;
                case 't':
                    out.append('\t');
                    i++;
                    break;
                case 'u':
                    if (isHex(text, i + 2, i + 6)) {
                        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                        i += 5;
                    } else {
                        out.append(c);
                    }
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int longRun(String message, String input) {
        int run = QUOTE_LIMIT + 1;
        if (input.length() < run || message.length() < run) {
            return -1;
        }
        int window = run / 2;
        for (int j = 0; j + window <= message.length(); j += window + 1) {
            if (input.contains(message.substring(j, j + window))) {
                for (int start = Math.max(0, j - (run - window)); start <= j && start + run <= message.length(); start++) {
                    if (input.contains(message.substring(start, start + run))) {
                        return start;
                    }
                }
            }
        }
        return -1;
    }
}
