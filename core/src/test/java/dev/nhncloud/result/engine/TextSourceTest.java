package dev.nhncloud.result.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.spi.JsonBackend;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextSourceTest {

    /**
     * Every input form of the same bytes: array, stream, one-byte-at-a-time stream, a slice of a
     * larger array, and heap, direct and read-only buffers ({@link BytesInMemory}); and (when
     * valid) text.
     */
    private static List<Function<byte[], TextSource>> forms() {
        return List.of(
                TextSource::of,
                bytes -> TextSource.of(new ByteArrayInputStream(bytes)),
                bytes -> TextSource.of(new Trickle(bytes)),
                bytes -> TextSource.of(BytesInMemory.surrounded(bytes), BytesInMemory.BEFORE.length, bytes.length),
                bytes -> TextSource.of(BytesInMemory.heap(bytes)),
                bytes -> TextSource.of(BytesInMemory.direct(bytes)),
                bytes -> TextSource.of(BytesInMemory.readOnly(bytes)));
    }

    private static String readAll(Reader text) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[7];
        for (int n; (n = text.read(buffer, 0, buffer.length)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    @Test
    void decodesUtf8InEveryForm() throws IOException {
        String json = "{\"m\":\"권한 없음 😀 é\",\"n\":[1,2]}";
        for (Function<byte[], TextSource> form : forms()) {
            assertEquals(json, readAll(form.apply(json.getBytes(UTF_8))));
        }
        assertEquals(json, readAll(TextSource.of(json)));
        assertEquals(json, readAll(TextSource.of(new StringReader(json))));
    }

    /** Parsson may ask for one character where a surrogate pair comes next. */
    @Test
    void aSurrogatePairIsHandedOutInHalvesToReadsOfOneCharacter() throws IOException {
        String json = "{\"m\":\"😀😀a😀\"}";
        for (Function<byte[], TextSource> form : forms()) {
            TextSource text = form.apply(json.getBytes(UTF_8));
            StringBuilder out = new StringBuilder();
            char[] one = new char[1];
            for (int n; (n = text.read(one, 0, 1)) >= 0; ) {
                assertEquals(1, n);
                out.append(one[0]);
            }
            assertEquals(json, out.toString());
        }
    }

    /** An early exit decodes about what the header takes, whatever the library's buffer. */
    @Test
    void theFirstReadDecodesAFewHundredCharactersAndLaterOnesMore() throws IOException {
        String json = "{\"a\":\"" + "x\u00e9".repeat(100_000) + "\"}";
        TextSource text = TextSource.of(json.getBytes(UTF_8));
        char[] buffer = new char[JsonBackend.LARGE_REQUEST];
        int first = text.read(buffer, 0, buffer.length);
        assertTrue(first > 0 && first <= 256, "first read: " + first);
        int previous = first;
        for (int i = 0; i < 4; i++) {
            int next = text.read(buffer, 0, buffer.length);
            assertTrue(next > previous, "read " + (i + 2) + ": " + next + " after " + previous);
            previous = next;
        }
    }

    @Test
    void longMixedTextIsDecodedWholeInEveryForm() throws IOException {
        String json = "{\"m\":\"" + "권한 없음 😀 é ascii ".repeat(5_000) + "\"}";
        for (Function<byte[], TextSource> form : forms()) {
            assertEquals(json, readAll(form.apply(json.getBytes(UTF_8))));
        }
    }

    @Test
    void dropsOneLeadingByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        for (Function<byte[], TextSource> form : forms()) {
            assertEquals("{}", readAll(form.apply(bom)));
        }
        assertEquals("{}", readAll(TextSource.of("\uFEFF{}")));
        assertEquals("{}", readAll(TextSource.of(new StringReader("\uFEFF{}"))));
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                () -> readAll(TextSource.of(" \uFEFF{}"))).reason(), "only a leading one");
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                () -> readAll(TextSource.of("\uFEFF\uFEFF{}"))).reason(), "only one");
    }

    /** Byte sequences that are not UTF-8: name, bytes, offset of the faulty sequence, its first byte. */
    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("lone continuation", "7B 80 7D", 1, "0x80"),
                Arguments.of("invalid start byte", "7B 22 FF 22 7D", 2, "0xFF"),
                Arguments.of("overlong 2 bytes", "7B C0 AF 7D", 1, "0xC0"),
                Arguments.of("overlong 3 bytes", "7B E0 80 AF 7D", 1, "0xE0"),
                Arguments.of("UTF-8 surrogate", "7B ED A0 80 7D", 1, "0xED"),
                Arguments.of("over U+10FFFF", "7B F4 90 80 80", 1, "0xF4"),
                Arguments.of("truncated at end", "7B 22 E2 82", 2, "0xE2"),
                Arguments.of("bad continuation", "7B 22 E2 28 A1", 2, "0xE2"),
                Arguments.of("UTF-16 BOM", "FF FE 7B 00", 0, "0xFF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsMalformedAndNamesTheByte(String name, String hex, long offset, String lead) {
        byte[] bytes = hex(hex);
        for (Function<byte[], TextSource> form : forms()) {
            MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> readAll(form.apply(bytes)));
            assertEquals(Reason.MALFORMED_JSON, e.reason());
            assertTrue(e.getMessage().contains("(byte offset " + offset + "): byte " + lead + " does not start"), e.getMessage());
        }
    }

    /** The characters before an invalid sequence arrive first: a fault after the header cannot spoil an early exit. */
    @Test
    void invalidBytesAreReportedOnlyWhenReached() {
        byte[] bytes = "{\"header\":{}}\u0000".getBytes(UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        for (Function<byte[], TextSource> form : forms()) {
            TextSource text = form.apply(bytes);
            StringBuilder delivered = new StringBuilder();
            char[] buffer = new char[64];
            assertThrows(MalformedResponseException.class, () -> {
                for (int n; (n = text.read(buffer, 0, buffer.length)) >= 0; ) {
                    delivered.append(buffer, 0, n);
                }
            });
            assertEquals("{\"header\":{}}", delivered.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " \t\r\n ", "\uFEFF", "\uFEFF  \n"})
    void noValueIsEmptyInput(String input) {
        for (Function<byte[], TextSource> form : forms()) {
            assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class,
                    () -> readAll(form.apply(input.getBytes(UTF_8)))).reason());
        }
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class,
                () -> readAll(TextSource.of(input))).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[1,2]            | an array                      | line 1, column 1 (character offset 0)",
        "'  \"abc'        | a string                      | line 1, column 3 (character offset 2)",
        "'\n\n  2x'       | a number                      | line 3, column 3 (character offset 4)",
        "-1               | a number                      | line 1, column 1 (character offset 0)",
        "tru              | a literal starting with 't'   | line 1, column 1 (character offset 0)",
        "false            | a literal starting with 'f'   | line 1, column 1 (character offset 0)",
        "null             | a literal starting with 'n'   | line 1, column 1 (character offset 0)",
    })
    void aRootThatStartsAnotherValueIsNotAnObject(String input, String found, String location) {
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> readAll(TextSource.of(input)));
        assertEquals(Reason.NOT_AN_OBJECT, e.reason());
        assertEquals("NOT_AN_OBJECT: root: expected a JSON object, found " + found + " at " + location, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", " {\"a\":1}", "\n\t{}"})
    void anObjectIsLeftToTheLibrary(String input) throws IOException {
        assertEquals(input, readAll(TextSource.of(input)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "@               | '@'                   | column 1 (character offset 0)",
        "x               | 'x'                   | column 1 (character offset 0)",
        "\" /* c */ {}\" | '/'                   | column 2 (character offset 1)",
        "\"\u00A0{}\"    | a non-ASCII character | column 1 (character offset 0)",
        "\"\u0001{}\"    | U+0001                | column 1 (character offset 0)",
    })
    void anyOtherStartIsMalformedJson(String input, String found, String column) {
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> readAll(TextSource.of(input)));
        assertEquals(Reason.MALFORMED_JSON, e.reason());
        assertEquals("MALFORMED_JSON: root: expected a JSON object, found " + found
                + ", which starts no JSON value at line 1, " + column, e.getMessage());
    }

    @Test
    void anInputFailureIsRecordedAndRethrown() {
        IOException reset = new IOException("connection reset");
        TextSource text = TextSource.of(failingAfter(3, reset));
        assertNull(text.failure());
        assertSame(reset, assertThrows(IOException.class, () -> readAll(text)));
        assertSame(reset, text.failure());

        TextSource chars = TextSource.of(new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw reset;
            }

            @Override
            public void close() {
            }
        });
        assertSame(reset, assertThrows(IOException.class, () -> readAll(chars)));
        assertSame(reset, chars.failure());
    }

    @Test
    void aStreamAnsweringZeroBytesDoesNotSpin() throws IOException {
        byte[] json = "{\"a\":1}".getBytes(UTF_8);
        InputStream zeroes = new ByteArrayInputStream(json) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return 0;
            }
        };
        assertEquals("{\"a\":1}", readAll(TextSource.of(zeroes)));
        Reader zeroChars = new StringReader("{\"a\":1}") {
            @Override
            public int read(char[] buffer, int offset, int length) {
                return 0;
            }
        };
        assertEquals("{\"a\":1}", readAll(TextSource.of(zeroChars)));
    }

    @Test
    void closingDoesNotCloseTheApplicationsInput() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("{}".getBytes(UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        TextSource text = TextSource.of(in);
        text.close();
        assertFalse(closed[0]);
        assertEquals("{}", readAll(text));
    }

    @Test
    void byteArraysAreNotModified() throws IOException {
        byte[] bytes = "\uFEFF {\"a\":\"é\"}".getBytes(UTF_8);
        byte[] copy = bytes.clone();
        readAll(TextSource.of(bytes));
        assertArrayEquals(copy, bytes);
    }

    /** A stream that hands out {@code count} bytes of <code>&#123;</code>, then throws {@code failure}. */
    static InputStream failingAfter(int count, IOException failure) {
        return new InputStream() {
            private int left = count;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return '{';
                }
                throw failure;
            }
        };
    }

    /** A library that grows its buffer only when a read fills it (Parsson) must see large requests filled. */
    @Test
    void aLargeRequestIsFilledFromWhatIsThere() throws IOException {
        String json = "{\"a\":\"" + "x".repeat(100_000) + "\"}";
        for (TextSource text : List.of(TextSource.of(json), TextSource.of(json.getBytes(UTF_8)),
                TextSource.of(new ByteArrayInputStream(json.getBytes(UTF_8))), TextSource.of(new StringReader(json)))) {
            char[] buffer = new char[4 * JsonBackend.LARGE_REQUEST];
            text.read(buffer, 0, 64);
            assertEquals(buffer.length, text.read(buffer, 0, buffer.length), text.getClass().getSimpleName());
        }
    }

    /** Early exit never waits: a large request takes what has arrived and does not ask a live stream for more. */
    @Test
    void aLargeRequestDoesNotWaitForBytesThatHaveNotArrived() throws IOException {
        byte[] arrived = ("{\"a\":\"" + "x".repeat(20_000) + "\"").getBytes(UTF_8);
        InputStream live = live(arrived);
        TextSource text = TextSource.of(live);
        char[] buffer = new char[4 * JsonBackend.LARGE_REQUEST];
        int total = 0;
        while (total < arrived.length) {
            total += text.read(buffer, 0, buffer.length);
        }
        assertEquals(arrived.length, total);
    }

    /**
     * For the streaming reader's rules, a read never ends inside a string that opened after its
     * first character: the string comes whole with the next read, so that a library returning a
     * name at its opening quote has its closing quote too ({@link TokenBound}).
     */
    @Test
    void aStringOpenAtTheEndOfAReadComesWithTheNext() throws IOException {
        String json = "{\"instances\":[{\"id\":1,\"name\":\"web-server\",\"flavor\":\"m2.c4m8\"},{\"id\":22}],\"header\":{}}";
        for (Function<byte[], TextSource> form : forms()) {
            TextSource text = form.apply(json.getBytes(UTF_8));
            text.tokenBound();
            StringBuilder all = new StringBuilder();
            long quotes = 0;
            char[] buffer = new char[16];
            for (int n; (n = text.read(buffer, 0, buffer.length)) >= 0; ) {
                int lastQuote = -1;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '"') {
                        quotes++;
                        lastQuote = i;
                    }
                }
                String delivery = new String(buffer, 0, n);
                assertTrue(quotes % 2 == 0 || lastQuote <= 0, "a read ends inside a string it opened: " + delivery);
                all.append(delivery);
            }
            assertEquals(json, all.toString(), "every character once, in order");
        }
    }

    /** Only the rules' text is held back: a data-binding library reading the text gets full reads. */
    @Test
    void withoutTheBoundReadsAreNotShortened() throws IOException {
        TextSource text = TextSource.of("{\"instances\":[{\"name\":\"web-server\"}]}");
        char[] buffer = new char[16];
        assertEquals(16, text.read(buffer, 0, buffer.length));
        assertEquals("{\"instances\":[{\"", new String(buffer), "ends at the opening quote of a name");
    }

    /** Early exit never waits: what was held back is delivered without asking a live stream for more. */
    @Test
    void aStringHeldBackComesWithoutWaitingForTheInput() throws IOException {
        byte[] arrived = "{\"header\":{\"isSuccessful\":true},\"next\":\"ab".getBytes(UTF_8);
        InputStream live = live(arrived);
        TextSource text = TextSource.of(live);
        text.tokenBound();
        char[] buffer = new char[64];
        int first = text.read(buffer, 0, buffer.length);
        assertEquals("{\"header\":{\"isSuccessful\":true},\"next\":", new String(buffer, 0, first));
        int second = text.read(buffer, 0, buffer.length);
        assertEquals("\"ab", new String(buffer, 0, second));
    }

    /** A failure met while filling a large request comes after the characters before it. */
    @Test
    void aFailureWhileFillingALargeRequestIsHeldBack() throws IOException {
        IOException reset = new IOException("connection reset");
        TextSource text = TextSource.of(new java.io.SequenceInputStream(
                new ByteArrayInputStream(("{\"a\":\"" + "x".repeat(20_000)).getBytes(UTF_8)), failingAfter(0, reset)));
        char[] buffer = new char[4 * JsonBackend.LARGE_REQUEST];
        text.read(buffer, 0, 64);
        int count = text.read(buffer, 0, buffer.length);
        assertTrue(count > 0, "characters before the failure first: " + count);
        IOException thrown = assertThrows(IOException.class, () -> {
            while (text.read(buffer, 0, buffer.length) >= 0) {
                // read up to the failure
            }
        });
        assertSame(reset, thrown);
        assertSame(reset, text.failure());
    }

    /**
     * A stream that has received {@code arrived} and no more yet: it hands those bytes out, says
     * how many are left, and fails the test when asked for a byte it would have to wait for.
     */
    private static InputStream live(byte[] arrived) {
        return new InputStream() {
            private int position;

            @Override
            public int read() {
                throw new AssertionError("a read that would wait");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position == arrived.length) {
                    throw new AssertionError("a read that would wait for bytes not yet sent");
                }
                int count = Math.min(length, arrived.length - position);
                System.arraycopy(arrived, position, buffer, offset, count);
                position += count;
                return count;
            }

            @Override
            public int available() {
                return arrived.length - position;
            }
        };
    }

    /** Bytes written as hexadecimal pairs separated by spaces. */
    static byte[] hex(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    /** A stream that hands out one byte per read, as a slow network would. */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int position;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            buffer[offset] = bytes[position++];
            return 1;
        }
    }
}
