package dev.nhncloud.result.gson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The guard follows strings exactly, and refuses lazily. */
class StrictTextGuardTest {

    /** Everything the guard delivers before it refuses, one read at a time; the refusal's message. */
    private static String[] readUntilRefused(String text) throws IOException {
        Reader guard = new StrictTextGuard(new StringReader(text));
        StringBuilder delivered = new StringBuilder();
        char[] buffer = new char[1024];
        while (true) {
            int count;
            try {
                count = guard.read(buffer, 0, buffer.length);
            } catch (MalformedJsonException e) {
                return new String[] {delivered.toString(), e.getMessage()};
            }
            if (count < 0) {
                return new String[] {delivered.toString(), null};
            }
            delivered.append(buffer, 0, count);
        }
    }

    @Test
    void deliversTheTextBeforeAControlCharacterInAStringThenRefuses() throws IOException {
        String[] outcome = readUntilRefused("{\"header\":{},\"a\":\"x\ty\"}");
        assertEquals("{\"header\":{},\"a\":\"x", outcome[0]);
        assertEquals("unescaped control character U+0009 in a string", outcome[1]);
    }

    @Test
    void controlCharactersOutsideStringsAreGsonsBusiness() throws IOException {
        String text = "{\t\"a\"\r\n:\u0001\"b\\\"\\\\\"}";
        assertEquals(text, readUntilRefused(text)[0]);
        assertEquals(null, readUntilRefused(text)[1]);
    }

    @Test
    void anEscapedQuoteDoesNotEndTheString() throws IOException {
        assertEquals("unescaped control character U+000A in a string", readUntilRefused("{\"a\":\"\\\" \n\"}")[1]);
        assertEquals(null, readUntilRefused("{\"a\":\"\\\\\" \n}")[1]);
    }

    @Test
    void onlyJsonEscapesPass() throws IOException {
        assertEquals(null, readUntilRefused("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\"")[1]);
        assertEquals("invalid escape \\' (U+0027) in a string", readUntilRefused("\"a\\'\"")[1]);
    }

    @Test
    void aByteOrderMarkWhereTheDocumentStartsIsRefused() throws IOException {
        String[] outcome = readUntilRefused("\uFEFF{}");
        assertEquals("", outcome[0]);
        assertEquals("a byte order mark (U+FEFF) where the document starts, after the one allowed", outcome[1]);
        assertEquals(null, readUntilRefused("{\"\uFEFF\":1}")[1]);
    }

    @Test
    void theRefusalStands() throws IOException {
        Reader guard = new StrictTextGuard(new StringReader("\"\u0000\""));
        char[] buffer = new char[8];
        assertEquals(1, guard.read(buffer, 0, 8));
        assertThrows(MalformedJsonException.class, () -> guard.read(buffer, 0, 8));
        assertThrows(MalformedJsonException.class, () -> guard.read(buffer, 0, 8));
    }
}
