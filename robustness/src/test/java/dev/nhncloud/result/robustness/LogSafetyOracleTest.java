package dev.nhncloud.result.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.LogSafeText;
import org.junit.jupiter.api.Test;

/** The checks the fuzz targets and log-safety tests rely on catch what they must, and only that. */
class LogSafetyOracleTest {

    @Test
    void aQuoteOfMoreThan100CharactersOfInputIsCaught() {
        String input = "{\"a\":\"" + "q".repeat(300) + "\"}";
        assertTrue(LogSafety.longQuote("X: " + LogSafeText.quote("q".repeat(101), 1000) + " at 1", input) >= 0);
        assertTrue(LogSafety.longQuote("X: found q" + "q".repeat(100) + " unquoted", input) >= 0);
        assertEquals(-1, LogSafety.longQuote("X: " + LogSafeText.quote("q".repeat(300), 100) + " at 1", input));
    }

    @Test
    void escapesAndDelimitersAreNotCountedAsQuotedInput() {
        // 100 backslashes quoted are 200 in the message; the input holds 300.
        String backslashes = "\\".repeat(300);
        assertEquals(-1, LogSafety.longQuote("X: " + LogSafeText.quote(backslashes, 100), backslashes));
        // The closing delimiter matches a quote character of the input by chance.
        String input = "1".repeat(200) + "\"";
        assertEquals(-1, LogSafety.longQuote("X: " + LogSafeText.quote("1".repeat(200), 100), input));
    }

    @Test
    void unsafeCharactersAreFoundAndPairsAreNot() {
        assertNull(LogSafety.unsafeCharacter("plain \ud83d\ude00 text, \u00e9"));
        for (char c : "\n\r\u001b\u0085\u2028\u202e\u2066\u200b\ufeff\ud800\u0000\u007f".toCharArray()) {
            assertNotNull(LogSafety.unsafeCharacter("a" + c + "b"), Integer.toHexString(c));
        }
        // Beyond the Basic Multilingual Plane: a pair is the code point it forms.
        assertNull(LogSafety.unsafeCharacter("\ud840\udc00 \ud835\udd38 \ud83e\udd80"));
        for (int codePoint : new int[] {0xE0041, 0xE0001, 0xF0000, 0x10FFFD, 0x10FFFF, 0x1D173, 0x40000}) {
            String text = "a" + new String(Character.toChars(codePoint)) + "b";
            assertEquals(String.format("U+%04X at index 1", codePoint), LogSafety.unsafeCharacter(text));
        }
    }

    @Test
    void unescapingGivesBackWhatWasEscaped() {
        String text = "a\"\\\n\r\t\u0000\u202e\ud800\udb40\udc41\ud83d\ude00\udbff\udfff\udc00z";
        assertEquals(text, LogSafety.unescape(LogSafeText.escape(text)));
    }
}
