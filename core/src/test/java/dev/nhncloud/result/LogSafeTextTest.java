package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
