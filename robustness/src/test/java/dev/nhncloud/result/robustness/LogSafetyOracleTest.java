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
    }
}
