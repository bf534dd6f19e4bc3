package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogSafeTextTest {

    @Test
    void quotesAndEscapes() {
        assertEquals("\"a \\\"b\\\" \\\\ \\t\\n\\r\\u0000\\u007F\"", LogSafeText.quote("a \"b\" \\ \t\n\r\u0000\u007f", 100));
    }

    @Test
    void keepsPrintableUnicode() {
        assertEquals("\"권한 없음 😀 é\"", LogSafeText.quote("권한 없음 😀 é", 100));
    }

    @Test
    void escapesLoneSurrogatesAndInvisibleFormatCharacters() {
        assertEquals("\"\\uD800x\\uDC00\\uFEFF\\u061C\\u2069\"", LogSafeText.quote("\uD800x\uDC00\uFEFF\u061C\u2069", 100));
    }

    @Test
    void cutsAtTheLimitWithoutSplittingAPair() {
        assertEquals("\"abc\"\u2026 (2 more)", LogSafeText.quote("abcde", 3));
        assertEquals("\"ab\"\u2026 (3 more)", LogSafeText.quote("ab\uD83D\uDE00c", 3));
        assertEquals("\"ab\uD83D\uDE00\"\u2026 (1 more)", LogSafeText.quote("ab\uD83D\uDE00c", 4));
        assertEquals("\"\"", LogSafeText.quote("", 0));
    }

    @Test
    void escapesWithoutQuotingOrCutting() {
        assertEquals("a\\nb \\u202E \\\"x\\\" " + "y".repeat(300), LogSafeText.escape("a\nb \u202E \"x\" " + "y".repeat(300)));
    }

    @Test
    void unsafeCharactersAreThoseThatHideOrForgeText() {
        for (char c : "\u0000\u001b\u007f\u0085\u200b\u200e\u202a\u202e\u2066\u2069\u2028\u2029\ufeff\ud800\ue000".toCharArray()) {
            assertTrue(LogSafeText.isUnsafe(c), Integer.toHexString(c));
        }
        for (char c : "a é 권 😀 ~ -".toCharArray()) {
            assertEquals(Character.isSurrogate(c), LogSafeText.isUnsafe(c), Integer.toHexString(c));
        }
    }

    /**
     * Supplementary code points are judged by their category like any other: tag characters
     * (Cf, invisible, they can spell hidden text), supplementary private use (Co), noncharacters
     * and unassigned code points (Cn), and other supplementary format characters are escaped
     * as their two UTF-16 escapes; letters, ideographs and emoji stay as they are.
     */
    @Test
    void escapesSupplementaryCodePointsByCategory() {
        assertEquals("\"\\uDB40\\uDC01\\uDB40\\uDC41\\uDB40\\uDC7F\"", LogSafeText.quote("\uDB40\uDC01\uDB40\uDC41\uDB40\uDC7F", 100));
        assertEquals("\\uDB80\\uDC00 \\uDBFF\\uDFFD \\uDBFF\\uDFFF \\uD834\\uDD73 \\uD8C0\\uDC00",
                LogSafeText.escape(new StringBuilder().appendCodePoint(0xF0000).append(' ').appendCodePoint(0x10FFFD).append(' ')
                        .appendCodePoint(0x10FFFF).append(' ').appendCodePoint(0x1D173).append(' ').appendCodePoint(0x40000)));
        assertEquals("\"admin\\uDB40\\uDC20x \uD835\uDD38 \uD840\uDC00 \uD83D\uDE00\"", LogSafeText.quote("admin\uDB40\uDC20x \uD835\uDD38 \uD840\uDC00 \uD83D\uDE00", 100));
    }

    /** Every code point of every plane: escaped exactly when the running JDK's category is Cc, Cf, Co, Cn, Cs, Zl or Zp. */
    @Test
    void everyCodePointIsEscapedExactlyWhenItsCategoryIsUnsafe() {
        int escaped = 0;
        for (int each = 0; each <= Character.MAX_CODE_POINT; each++) {
            int codePoint = each;
            String text = new String(Character.toChars(codePoint));
            boolean unsafe = UNSAFE_CATEGORIES.contains((byte) Character.getType(codePoint));
            assertEquals(unsafe, LogSafeText.isUnsafe(codePoint), () -> String.format("U+%04X", codePoint));
            String shown = LogSafeText.escape(text);
            if (unsafe) {
                escaped++;
                StringBuilder expected = new StringBuilder();
                for (char c : text.toCharArray()) {
                    expected.append(String.format("\\u%04X", (int) c));
                }
                if (!"\t\n\r".contains(text)) {
                    assertEquals(expected.toString(), shown, () -> String.format("U+%04X", codePoint));
                }
            } else if (codePoint != '"' && codePoint != '\\') {
                assertEquals(text, shown, () -> String.format("U+%04X", codePoint));
            }
        }
        // Private use alone is 137,468 code points and the surrogates 2,048: whatever the Unicode version, far more than a list.
        assertTrue(escaped > 137_468 + 2_048, "escaped " + escaped);
    }

    private static final List<Byte> UNSAFE_CATEGORIES = List.of(Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
            Character.UNASSIGNED, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR);

    /**
     * Which characters are unassigned is the running JDK's Unicode data: U+1CC00 was added in
     * Unicode 16.0 (JDK 24 and later) and is escaped on JDK 17 (Unicode 13.0), kept on JDK 25.
     */
    @Test
    void theRunningJdksUnicodeDataDecides() {
        String text = new String(Character.toChars(0x1CC00));
        assertEquals(Character.isDefined(0x1CC00) ? text : "\\uD833\\uDC00", LogSafeText.escape(text));
        assertEquals(Runtime.version().feature() >= 24, Character.isDefined(0x1CC00), "U+1CC00 is in Unicode 16.0, JDK 24's");
    }

    /**
     * The escapes are reversible and unambiguous: an escape is always six characters, a
     * supplementary code point is its two UTF-16 escapes (as in JSON and Java), and a lone
     * surrogate is one escape, never next to an escape it could pair with. A quote that is not
     * cut is a JSON string literal: JSON's own unescaping gives the text back.
     */
    @Test
    void escapesAreReversibleAndAQuoteIsAJsonString() {
        String text = "a\uD800\uDB40\uDC41\uDC00\uDBFF\uDFFF\u0000\u001f\"\\/\u2028b\uD83D\uDE00";
        String quoted = LogSafeText.quote(text, text.length());
        assertEquals("\"a\\uD800\\uDB40\\uDC41\\uDC00\\uDBFF\\uDFFF\\u0000\\u001F\\\"\\\\/\\u2028b\uD83D\uDE00\"", quoted);
        assertEquals(text, jsonString(quoted));
    }

    @Test
    void whatIsNotACodePointIsUnsafe() {
        assertTrue(LogSafeText.isUnsafe(-1));
        assertTrue(LogSafeText.isUnsafe(Character.MAX_CODE_POINT + 1));
        assertFalse(LogSafeText.isUnsafe('a'));
    }

    /** Decodes a JSON string literal, by RFC 8259 section 7: the reference the escapes are checked against. */
    private static String jsonString(String literal) {
        assertTrue(literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\""), literal);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            assertFalse(c < 0x20 || c == '"', () -> "not allowed raw in a JSON string: " + (int) c);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = literal.charAt(++i);
            switch (escape) {
                case 'u':
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                default:
                    assertTrue("\"\\/".indexOf(escape) >= 0, () -> "not a JSON escape: \\" + escape);
                    out.append(escape);
            }
        }
        return out.toString();
    }
}
