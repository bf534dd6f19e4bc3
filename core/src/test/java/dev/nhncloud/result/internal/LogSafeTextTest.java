package dev.nhncloud.result.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
