package dev.nhncloud.result.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code resultMessage} (or any other text of a response) holding line breaks, terminal
 * escapes or Unicode bidirectional and invisible controls can neither forge nor hide a log line
 * through {@code ResultHeader.toString()}, {@code ComputeApiException.getMessage()} or the
 * message of a {@link MalformedResponseException}; and an exception message never quotes more
 * than 100 characters of input, however long the text it comes from.
 *
 * <p>The command line's text output ({@code read --format text}) is tested in the cli module,
 * which this module does not depend on.
 */
class LogSafetyTest {

    /** Text meant to forge or hide log lines, by what it tries. */
    static final Map<String, String> HOSTILE = Map.ofEntries(
            Map.entry("CR LF and a forged line", "FAIL\r\n2026-11-24 12:00:00 INFO payment accepted"),
            Map.entry("NEL, LS, PS", "a\u0085b\u2028c\u2029d"),
            Map.entry("ANSI erase line and cursor up", "\u001b[2K\u001b[1A\u001b[32mSUCCESS\u001b[0m"),
            Map.entry("OSC window title with BEL", "\u001b]0;owned\u0007"),
            Map.entry("C1 CSI", "\u009b31mred"),
            Map.entry("bidi override", "invoice\u202Efdp.exe"),
            Map.entry("bidi isolates and marks", "\u2066a\u2067b\u2068c\u2069\u200E\u200F\u061C"),
            Map.entry("zero-width and BOM", "ad\u200Bmin\u200C\u200D\uFEFF"),
            Map.entry("backspace, DEL, NUL", "secret\b\b\b\b\b\bpublic\u007f\u0000"),
            Map.entry("unpaired surrogates", "x\ud800y\udc00z"),
            Map.entry("private use and unassigned", "\ue000\uffff\u0378"),
            // Beyond the Basic Multilingual Plane, as valid surrogate pairs.
            Map.entry("invisible tag characters spelling hidden text", "ok\udb40\udc01\udb40\udc72\udb40\udc6d\udb40\udc7f"),
            Map.entry("supplementary private use and noncharacters", "\udb80\udc00\udbff\udffd\udbff\udfff\ud83f\udffe"),
            Map.entry("supplementary format and unassigned", "\ud834\udd73\ud804\udcbd\ud8c0\udc00"));

    static final ReadOptions VALIDATE = ReadOptions.builder().validateDocument(true).build();

    /** The text as a JSON string literal with every non-ASCII or control character escaped. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The text as a JSON string literal with everything JSON allows raw left raw (UTF-8), only the rest escaped. */
    static String raw(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !pair) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(++i));
                }
            }
        }
        return out.append('"').toString();
    }

    static void assertLogSafe(String what, String text) {
        assertNull(LogSafety.unsafeCharacter(text), () -> what + " is not safe to log: " + text);
        assertEquals(1, text.lines().count(), () -> what + " spans several lines: " + text);
    }

    static void assertQuotesAtMost100(String what, String message, String input) {
        int at = LogSafety.longQuote(message, input);
        assertTrue(at < 0, () -> what + " quotes more than 100 characters of input from index " + at + ": " + message);
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void hostileMessagesAreKeptIntactButLoggedEscaped(Binding binding) throws Exception {
        HeaderReader reader = binding.reader(VALIDATE);
        for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
            for (String literal : List.of(escaped(hostile.getValue()), raw(hostile.getValue()))) {
                String document = "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":" + literal + "}}";
                String what = binding + ", " + hostile.getKey();
                ResultHeader header = reader.read(new ByteArrayInputStream(document.getBytes(UTF_8)));
                // The data is the provider's: the SDK does not change it, only how it is shown.
                assertEquals(hostile.getValue(), header.resultMessage(), what);
                assertLogSafe(what + ": toString()", header.toString());
                ComputeApiException failure = assertThrows(ComputeApiException.class, header::throwIfFailed);
                assertLogSafe(what + ": ComputeApiException", failure.getMessage());
                assertLogSafe(what + ": ComputeApiException.toString()", failure.toString());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void aLongHostileMessageIsCutInToStringAndInTheExceptionMessage(Binding binding) {
        String hostile = String.join("", HOSTILE.values()).repeat(200);
        String document = "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":" + escaped(hostile) + "}}";
        ResultHeader header = binding.reader(VALIDATE).read(document);
        assertEquals(hostile, header.resultMessage());
        assertLogSafe("toString()", header.toString());
        assertTrue(header.toString().length() < 200 * 6 + 200, header.toString());
        String message = assertThrows(ComputeApiException.class, header::throwIfFailed).getMessage();
        assertLogSafe("ComputeApiException", message);
        assertTrue(message.length() < 100 * 6 + 200, message);
        assertQuotesAtMost100("ComputeApiException", message, hostile);
    }

    /**
     * Hostile text where the SDK quotes it in a refusal: a wrong-typed field, a header that is not
     * an object, a token the library refuses, a member name in a tree location; short, and 10,000
     * characters long.
     */
    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void refusalsQuoteAtMost100EscapedCharactersOfHostileInput(Binding binding) throws Exception {
        HeaderReader early = binding.reader(ReadOptions.defaults());
        HeaderReader validating = binding.reader(VALIDATE);
        List<String> texts = new ArrayList<>(HOSTILE.values());
        texts.add(String.join("", HOSTILE.values()).repeat(150));
        texts.add("A".repeat(10_000));
        int checked = 0;
        for (String text : texts) {
            for (String literal : List.of(escaped(text), raw(text))) {
                Map<String, Reason> documents = Map.of(
                        "{\"header\":{\"isSuccessful\":false,\"resultCode\":" + literal + "}}", Reason.WRONG_TYPE,
                        "{\"header\":{\"isSuccessful\":" + literal + ",\"resultCode\":0}}", Reason.WRONG_TYPE,
                        "{\"header\":" + literal + "}", Reason.HEADER_NOT_OBJECT,
                        "{\"x\":1 " + literal + ",\"header\":{\"isSuccessful\":true,\"resultCode\":0}}", Reason.MALFORMED_JSON,
                        "{\"header\":{\"isSuccessful\":tru" + literal.substring(1, literal.length() - 1) + "}}", Reason.MALFORMED_JSON,
                        // A member name with an unpaired surrogate is refused as such in every binding.
                        "{" + literal + ":1}", text.contains("\ud800") ? Reason.MALFORMED_JSON : Reason.MISSING_HEADER);
                for (Map.Entry<String, Reason> document : documents.entrySet()) {
                    for (HeaderReader reader : List.of(early, validating)) {
                        String what = binding + " " + reader.options() + " " + LogSafety.unsafeCharacter(document.getKey());
                        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                                () -> reader.read(document.getKey().getBytes(UTF_8)), what);
                        assertEquals(document.getValue(), e.reason(), () -> what + ": " + e.getMessage());
                        assertLogSafe(what, e.getMessage());
                        assertQuotesAtMost100(what, e.getMessage(), document.getKey());
                        assertTrue(e.getMessage().length() <= 1_000, () -> what + ": a message of " + e.getMessage().length()
                                + " characters: " + e.getMessage());
                        checked++;
                    }
                }
            }
        }
        assertEquals(texts.size() * 2 * 6 * 2, checked);
    }
}
