package dev.nhncloud.result.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured and laid out in terminal columns: a Korean, Japanese or Chinese character (East
 * Asian Wide or Fullwidth) takes two columns, a combining mark none, anything else one. Enough for
 * the command line's own text and descriptions, which are what it aligns; not a full
 * implementation of Unicode's East Asian Width.
 */
final class TerminalColumns {

    /** Characters that must not begin a line (closing punctuation, small kana, the long vowel mark), in Chinese and Japanese. */
    private static final String NO_LINE_START = "。、，；：！？）」』】〉》”’ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    /** Characters that must not end a line (opening punctuation). */
    private static final String NO_LINE_END = "（「『【〈《“‘";

    private TerminalColumns() {
    }

    /** The columns {@code text} takes. */
    static int width(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            width += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** The columns one code point takes: 0, 1 or 2. */
    static int width(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F            // Hangul Jamo initials
                || c >= 0x2E80 && c <= 0x303E        // CJK radicals, symbols and punctuation
                || c >= 0x3041 && c <= 0x33FF        // kana, bopomofo, Hangul compatibility Jamo, CJK compatibility
                || c >= 0x3400 && c <= 0x4DBF        // CJK extension A
                || c >= 0x4E00 && c <= 0x9FFF        // CJK unified ideographs
                || c >= 0xA000 && c <= 0xA4CF        // Yi
                || c >= 0xAC00 && c <= 0xD7A3        // Hangul syllables
                || c >= 0xF900 && c <= 0xFAFF        // CJK compatibility ideographs
                || c >= 0xFE30 && c <= 0xFE4F        // CJK compatibility forms
                || c >= 0xFF00 && c <= 0xFF60        // fullwidth forms
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x1F300 && c <= 0x1F64F      // pictographs and emoji
                || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD;     // CJK extensions B and later
    }

    /** {@code text} followed by spaces to {@code width} columns (nothing added if it is wider). */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    /**
     * {@code text} in lines of at most {@code width} columns: broken at spaces, and between two
     * Chinese or Japanese characters (never before closing or after opening punctuation); a word
     * wider than the line is broken where it must be.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Word word : words(text)) {
            String joint = word.spaceBefore ? " " : "";
            if (line.length() > 0 && width(line) + width(joint) + width(word.text) > width) {
                lines.add(line.toString());
                line.setLength(0);
                joint = "";
            }
            String rest = word.text;
            while (width(line) + width(joint) + width(rest) > width && line.length() == 0) {
                int cut = fitting(rest, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            if (!rest.isEmpty()) {
                line.append(line.length() == 0 ? "" : joint).append(rest);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest word of {@code text}, in columns: the narrowest a column holding it can be. */
    static int longestWord(String text) {
        int longest = 0;
        for (Word word : words(text)) {
            longest = Math.max(longest, width(word.text));
        }
        return longest;
    }

    /** How many chars of {@code text} fit in {@code width} columns; at least one code point. */
    private static int fitting(String text, int width) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (used + width(codePoint) > width && i > 0) {
                break;
            }
            used += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static final class Word {
        final String text;
        final boolean spaceBefore;

        Word(String text, boolean spaceBefore) {
            this.text = text;
            this.spaceBefore = spaceBefore;
        }
    }

    /** The unbreakable pieces of text: runs between spaces, with each Chinese or Japanese character a piece of its own. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean spaceBefore = false;
        boolean lastBreaksAfter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                if (word.length() > 0) {
                    words.add(new Word(word.toString(), spaceBefore));
                    word.setLength(0);
                }
                spaceBefore = true;
                lastBreaksAfter = false;
                continue;
            }
            boolean ideographic = isBreakable(c);
            boolean glued = NO_LINE_START.indexOf(c) >= 0 || word.length() > 0 && NO_LINE_END.indexOf(word.codePointBefore(word.length())) >= 0;
            if (word.length() > 0 && !glued && (ideographic || lastBreaksAfter)) {
                words.add(new Word(word.toString(), spaceBefore));
                word.setLength(0);
                spaceBefore = false;
            }
            word.appendCodePoint(c);
            lastBreaksAfter = ideographic;
        }
        if (word.length() > 0) {
            words.add(new Word(word.toString(), spaceBefore));
        }
        return words;
    }

    /** Chinese and Japanese text may break between any two characters; Korean, like Latin text, breaks at spaces. */
    private static boolean isBreakable(int c) {
        return isWide(c) && !(c >= 0xAC00 && c <= 0xD7A3) && !(c >= 0x1100 && c <= 0x115F) && !(c >= 0x3130 && c <= 0x318F);
    }
}
