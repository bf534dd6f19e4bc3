package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.LogSafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code read}'s output cannot be forged or hidden by what it reads: hostile text in a header's
 * message, in a malformed response (quoted by the refusal's message), or in a file name (of a
 * file that is read, or of one that is missing) is printed escaped, so that each input gives
 * exactly its lines (one in JSON, a fixed number in text) and no raw control, bidirectional or
 * line-separator character reaches the terminal.
 */
class ReadCommandLogSafetyTest {

    /**
     * A forged log line, terminal escapes, a bidirectional override, and beyond the Basic
     * Multilingual Plane invisible tag characters, a private-use character and a noncharacter.
     */
    static final String HOSTILE = "\r\n2026-11-24 12:00:00 INFO payment accepted\u001b[2K\u001b[1A\u202egpj.exe\u2028\u0085"
            + "\udb40\udc01\udb40\udc68\udb40\udc69\udb40\udc7f\udb80\udc00\udbff\udfff";

    @TempDir
    Path dir;

    /** No unsafe code point (a surrogate pair is the code point it forms), but the line feeds that end lines. */
    private static void assertPrintable(String output) {
        for (int i = 0; i < output.length(); i += Character.charCount(output.codePointAt(i))) {
            int codePoint = output.codePointAt(i);
            if (codePoint != '\n') {
                assertFalse(LogSafeText.isUnsafe(codePoint), String.format("raw U+%04X at %d in:%n%s", codePoint, i, output));
            }
        }
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    /** Every binding present. */
    static Set<String> bindings() {
        return HeaderReaders.available();
    }

    @ParameterizedTest
    @MethodSource("bindings")
    void aHostileMalformedResponseGivesItsLinesEscaped(String binding) throws IOException {
        // The library's complaint quotes the bad token, hostile characters and all.
        String malformed = write("malformed.json", "{\"header\":{\"isSuccessful\":tru" + HOSTILE.replace("\r\n", "") + "}}");
        Cli text = Cli.run("read", "--binding", binding, "--format", "text", malformed);
        assertEquals(2, text.status, text.out + text.err);
        assertEquals(3, text.out.lines().count(), text.out);
        assertTrue(text.out.contains("MALFORMED_JSON"), text.out);
        assertPrintable(text.out);
        Cli json = Cli.run("read", "--binding", binding, malformed);
        assertEquals(1, json.out.lines().count(), json.out);
        assertPrintable(json.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void aHostileFileNameCannotForgeLines(String format) throws IOException {
        String name = "a" + HOSTILE.replace("\r\n", "\n").replace('/', '_') + ".json";
        String present = write(name, "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":\"FAIL\"}}");
        String missing = dir.resolve("missing" + HOSTILE.replace('/', '_') + ".json").toString();
        Cli cli = Cli.run("read", "--format", format, present, missing);
        assertEquals(2, cli.status, cli.out + cli.err);
        // text: 5 lines for the header read (no detail), 3 for the missing file; json: one line each.
        assertEquals(format.equals("text") ? 8 : 2, cli.out.lines().count(), cli.out);
        assertTrue(cli.out.contains("IO_ERROR"), cli.out);
        assertPrintable(cli.out);
    }

    @ParameterizedTest
    @MethodSource("bindings")
    void aRefusalQuotesAtMost100CharactersOfALongHostileValue(String binding) throws IOException {
        String longValue = ("Z" + HOSTILE.replace("\r\n", "")).repeat(500);
        String wrongType = write("wrong-type.json", "{\"header\":{\"isSuccessful\":false,\"resultCode\":\""
                + longValue.replace("\u001b", "\\u001b") + "\"}}");
        for (String format : List.of("text", "json")) {
            Cli cli = Cli.run("read", "--binding", binding, "--format", format, wrongType);
            assertEquals(2, cli.status, cli.out + cli.err);
            assertTrue(cli.out.contains("WRONG_TYPE"), cli.out);
            assertPrintable(cli.out);
            assertTrue(cli.out.length() < 1_500, () -> cli.out.length() + " characters of output: " + cli.out);
        }
    }

    /**
     * The JSON and text formats escape exactly what LogSafeText escapes: tag characters become
     * their two UTF-16 escapes, while Hangul, accents and emoji, which hide nothing, stay as they
     * are; the JSON line is still valid JSON whose value is the message as sent.
     */
    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void supplementaryCharactersAreEscapedByCategoryAndPrintableOnesKept(String format) throws IOException {
        String message = "FAIL: \uD83D\uDE00 권한 café \uDB40\uDC41";
        String file = write("supplementary.json", "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":\""
                + message + "\"}}");
        Cli cli = Cli.run("read", "--format", format, file);
        assertEquals(1, cli.status, cli.out + cli.err);
        assertTrue(cli.out.contains("FAIL: \uD83D\uDE00 권한 café \\uDB40\\uDC41"), cli.out);
        assertPrintable(cli.out);
        if (format.equals("json")) {
            assertEquals(message, new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out).get("header").get("resultMessage").asText());
        }
    }
}
