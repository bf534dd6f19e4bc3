package dev.nhncloud.result.engine;

import static dev.nhncloud.result.engine.TextSourceTest.failingAfter;
import static dev.nhncloud.result.engine.TextSourceTest.hex;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.engine.TextSourceTest.Trickle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bytes a byte parser reads: the same rules as {@link TextSourceTest}, without decoding. */
class ByteSourceTest {

    /**
     * Every form of the same bytes: array, stream, a stream of one byte per read, a slice of a
     * larger array, and heap, direct and read-only buffers ({@link BytesInMemory}). Offsets in
     * messages are the same in all of them: a slice's and a buffer's count from their first byte.
     */
    private static List<Function<byte[], ByteSource>> forms() {
        return List.of(
                ByteSource::of,
                bytes -> ByteSource.of(new ByteArrayInputStream(bytes)),
                bytes -> ByteSource.of(new Trickle(bytes)),
                bytes -> ByteSource.of(BytesInMemory.surrounded(bytes), BytesInMemory.BEFORE.length, bytes.length),
                bytes -> ByteSource.of(BytesInMemory.heap(bytes)),
                bytes -> ByteSource.of(BytesInMemory.direct(bytes)),
                bytes -> ByteSource.of(BytesInMemory.readOnly(bytes)));
    }

    /** Reads to the end, and once past it, as a parser that needs more than it got does. */
    private static byte[] readAll(InputStream in, ByteArrayOutputStream delivered) throws IOException {
        byte[] buffer = new byte[7];
        for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
            delivered.write(buffer, 0, n);
        }
        assertEquals(-1, in.read(buffer, 0, buffer.length), "the end stays the end");
        return delivered.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return readAll(in, new ByteArrayOutputStream());
    }

    @Test
    void validUtf8PassesUnchangedInEveryForm() throws IOException {
        byte[] json = ("{\"m\":\"권한 없음 😀 é\",\"n\":[1,2],\"long\":\"" + "ascii é 😀 ".repeat(5_000) + "\"}").getBytes(UTF_8);
        for (Function<byte[], ByteSource> form : forms()) {
            assertArrayEquals(json, readAll(form.apply(json)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.nhncloud.result.engine.TextSourceTest#invalidUtf8")
    void invalidUtf8IsMalformedAndNamesTheByte(String name, String hex, long offset, String lead) {
        byte[] bytes = hex(hex);
        for (Function<byte[], ByteSource> form : forms()) {
            MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> readAll(form.apply(bytes)));
            assertEquals(Reason.MALFORMED_JSON, e.reason());
            assertTrue(e.getMessage().contains("(byte offset " + offset + "): byte " + lead + " does not start"), e.getMessage());
        }
    }

    /**
     * Jackson's byte parser takes a zero byte among the first ones for UTF-16 or UTF-32, so the
     * source refuses it, in the words the text's other refusals get: where the root starts, the
     * root's problem; elsewhere, what JSON expected there.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "00 7B 7D | root: expected a JSON object, found U+0000, which starts no JSON value at line 1, column 1 (byte offset 0)",
        "20 0A 00 | root: expected a JSON object, found U+0000, which starts no JSON value at line 2, column 1 (byte offset 2)",
        "7B 00 22 00 | invalid JSON at line 1, column 2 (byte offset 1): found U+0000 where a member name or '}' should be",
        "7B 22 61 22 3A 22 00 22 7D | invalid JSON at line 1, column 7 (byte offset 6): a raw control character U+0000 in a string"})
    void aZeroByteIsMalformedJson(String hex, String message) {
        for (Function<byte[], ByteSource> form : forms()) {
            MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> readAll(form.apply(hex(hex))));
            assertEquals(Reason.MALFORMED_JSON, e.reason());
            assertEquals("MALFORMED_JSON: " + message, e.getMessage());
        }
    }

    /** The bytes before a fault arrive first: a fault after the header cannot spoil an early exit. */
    @Test
    void aFaultIsReportedOnlyWhenReached() {
        byte[] bytes = "{\"header\":{\"m\":\"é\"}}\u0000".getBytes(UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        for (Function<byte[], ByteSource> form : forms()) {
            ByteArrayOutputStream delivered = new ByteArrayOutputStream();
            assertThrows(MalformedResponseException.class, () -> readAll(form.apply(bytes), delivered));
            assertEquals("{\"header\":{\"m\":\"é\"}}", delivered.toString(UTF_8));
        }
    }

    /** Jackson reads four bytes to detect the encoding before it parses anything. */
    @Test
    void aFaultWithinTheFirstFourBytesFirstAnswersTheEndOnce() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', 'r', (byte) 0x9C};
        for (Function<byte[], ByteSource> form : forms()) {
            ByteSource source = form.apply(bytes);
            ByteArrayOutputStream delivered = new ByteArrayOutputStream();
            byte[] buffer = new byte[16];
            for (int n; (n = source.read(buffer, 0, buffer.length)) >= 0; ) {
                delivered.write(buffer, 0, n);
            }
            assertEquals("{}r", delivered.toString(UTF_8));
            MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> source.read(buffer, 0, 1));
            assertEquals("MALFORMED_JSON: invalid UTF-8 at line 1, column 4 (byte offset 6): byte 0x9C does not start a valid sequence",
                    e.getMessage(), "the offset counts the byte order mark, the column starts after it");
        }
    }

    @Test
    void dropsOneLeadingByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        byte[] twice = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        for (Function<byte[], ByteSource> form : forms()) {
            assertEquals("{}", new String(readAll(form.apply(bom)), UTF_8));
            assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                    () -> readAll(form.apply(twice))).reason(), "only one");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n", "\uFEFF", "\uFEFF  "})
    void noValueIsEmptyInput(String input) {
        for (Function<byte[], ByteSource> form : forms()) {
            assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class,
                    () -> readAll(form.apply(input.getBytes(UTF_8)))).reason());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"' [1]' | NOT_AN_OBJECT", "'\n\"a\"' | NOT_AN_OBJECT", "'é{}' | MALFORMED_JSON", "'@' | MALFORMED_JSON"})
    void theRootIsDecidedByItsFirstCharacter(String input, Reason reason) {
        for (Function<byte[], ByteSource> form : forms()) {
            assertEquals(reason, assertThrows(MalformedResponseException.class,
                    () -> readAll(form.apply(input.getBytes(UTF_8)))).reason());
        }
    }

    /** An early exit checks about what the header takes, whatever the library's buffer. */
    @Test
    void theFirstReadTakesAFewHundredBytesAndLaterOnesMore() throws IOException {
        ByteSource bytes = ByteSource.of(("{\"a\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(UTF_8));
        byte[] buffer = new byte[1 << 16];
        int previous = bytes.read(buffer, 0, buffer.length);
        assertTrue(previous > 0 && previous <= 256, "first read: " + previous);
        for (int i = 0; i < 4; i++) {
            int next = bytes.read(buffer, 0, buffer.length);
            assertTrue(next > previous, "read " + (i + 2) + ": " + next + " after " + previous);
            previous = next;
        }
    }

    @Test
    void anInputFailureIsRecordedAndRethrown() {
        IOException reset = new IOException("connection reset");
        ByteSource bytes = ByteSource.of(failingAfter(3, reset));
        assertNull(bytes.failure());
        assertSame(reset, assertThrows(IOException.class, () -> readAll(bytes)));
        assertSame(reset, bytes.failure());
    }

    @Test
    void aStreamAnsweringZeroBytesDoesNotSpin() throws IOException {
        InputStream zeroes = new ByteArrayInputStream("{\"a\":1}".getBytes(UTF_8)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return 0;
            }
        };
        assertEquals("{\"a\":1}", new String(readAll(ByteSource.of(zeroes)), UTF_8));
    }

    /**
     * A sequence cut by the stream waits for its last byte, as a decoder's does: the library
     * never holds half a character, and the bytes before it come without waiting for the rest.
     */
    @Test
    void aSequenceCutByTheStreamIsHeldBackUntilWhole() throws IOException {
        byte[] first = {'{', '"', 'm', '"', ':', '"', (byte) 0xED};
        byte[] rest = {(byte) 0x95, (byte) 0x9C, '"', '}'};
        boolean[] restAllowed = {false};
        InputStream chunks = new InputStream() {
            private final byte[][] script = {first, rest};
            private int chunk;
            private int position;

            @Override
            public int read() {
                throw new AssertionError("single-byte read");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (chunk == script.length) {
                    return -1;
                }
                assertTrue(chunk == 0 || restAllowed[0], "waited for bytes the library did not need yet");
                int count = Math.min(length, script[chunk].length - position);
                System.arraycopy(script[chunk], position, buffer, offset, count);
                position += count;
                if (position == script[chunk].length) {
                    chunk++;
                    position = 0;
                }
                return count;
            }
        };
        ByteSource source = ByteSource.of(chunks);
        byte[] buffer = new byte[64];
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        for (int reads = 0; reads < 4 && before.size() < 6; reads++) {
            before.write(buffer, 0, source.read(buffer, 0, buffer.length));
        }
        assertEquals("{\"m\":\"", before.toString(UTF_8));
        restAllowed[0] = true;
        assertEquals("한", new String(buffer, 0, source.read(buffer, 0, buffer.length), UTF_8));
        assertEquals("\"}", new String(buffer, 0, source.read(buffer, 0, buffer.length), UTF_8));
    }

    /** A sequence the input ends inside is refused where it starts, in every form. */
    @Test
    void aSequenceCutByTheEndIsRefusedWhereItStarts() {
        byte[] bytes = {'{', '"', 'm', '"', ':', '"', (byte) 0xED, (byte) 0x95};
        for (Function<byte[], ByteSource> form : forms()) {
            ByteArrayOutputStream delivered = new ByteArrayOutputStream();
            MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> readAll(form.apply(bytes), delivered));
            assertEquals("MALFORMED_JSON: invalid UTF-8 at line 1, column 7 (byte offset 6): byte 0xED does not start a valid sequence", e.getMessage());
            assertEquals("{\"m\":\"", delivered.toString(UTF_8), "nothing of the cut sequence reaches the library");
        }
    }
}
