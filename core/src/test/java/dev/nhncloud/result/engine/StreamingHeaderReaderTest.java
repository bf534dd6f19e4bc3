package dev.nhncloud.result.engine;

import static dev.nhncloud.result.engine.MiniTree.response;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How the streaming reader turns input forms into text and classifies what a cursor throws.
 * The cursor here stands in for a library: it reads the text it is given and then plays a tree.
 */
class StreamingHeaderReaderTest {

    private static final String TEXT = "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"}}";

    private final AtomicInteger closed = new AtomicInteger();

    /** A stand-in for a library: it consumes the text, then either plays a document or throws. */
    private StreamingHeaderReader reader(IOException complaint) {
        return new StreamingHeaderReader(backend(text -> new PlayingCursor(text, complaint)), ReadOptions.defaults());
    }

    /** Opens a cursor on text, as a test's stand-in for a library. */
    @FunctionalInterface
    private interface Opener {
        JsonCursor open(Reader text) throws IOException;
    }

    /** A backend named "fake" that reads characters with the opener. */
    private static JsonBackend backend(Opener opener) {
        return new JsonBackend() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public JsonCursor open(Reader text) throws IOException {
                return opener.open(text);
            }
        };
    }

    @Test
    void everyInputFormReachesTheRules() throws IOException {
        StreamingHeaderReader reader = reader(null);
        ResultHeader expected = ResultHeader.of(true, 0, "SUCCESS");
        assertEquals(expected, reader.read(TEXT));
        assertEquals(expected, reader.read(TEXT.getBytes(UTF_8)));
        assertEquals(expected, reader.read(new ByteArrayInputStream(TEXT.getBytes(UTF_8))));
        assertEquals(expected, reader.read(new StringReader(TEXT)));
        byte[] bytes = TEXT.getBytes(UTF_8);
        assertEquals(expected, reader.read(BytesInMemory.surrounded(bytes), BytesInMemory.BEFORE.length, bytes.length));
        assertEquals(expected, reader.read(BytesInMemory.heap(bytes)));
        assertEquals(expected, reader.read(BytesInMemory.direct(bytes)));
        assertEquals(expected, reader.read(BytesInMemory.readOnly(bytes)));
        assertEquals("fake", reader.binding());
        assertEquals(ReadOptions.defaults(), reader.options());
        assertEquals(8, closed.get(), "the cursor is closed after every read");
    }

    /**
     * A message for a slice or a buffer is the message for a copy of its bytes: positions count
     * from its first byte, and the whole of it is kept for them (a problem past the first 65,536
     * bytes is placed exactly, as in an array, not "past the first 65,536 bytes" as in a stream).
     */
    @Test
    void aSlicesPositionsCountFromItsFirstByteAndCoverAllOfIt() {
        IOException complaint = new IOException("the library's words");
        byte[] broken = ("{\"s\":\"" + "x".repeat(100_000) + "\",\"header\":{\"isSuccessful\":tru}}").getBytes(UTF_8);
        String expected = "MALFORMED_JSON: invalid JSON at line 1, column 100037 (byte offset 100036): found '}' in a literal, "
                + "which must be true, false or null";
        assertEquals(expected, assertThrows(MalformedResponseException.class, () -> reader(complaint).read(broken)).getMessage());
        List<Function<byte[], ResultHeader>> forms = List.of(
                bytes -> reader(complaint).read(BytesInMemory.surrounded(bytes), BytesInMemory.BEFORE.length, bytes.length),
                bytes -> reader(complaint).read(BytesInMemory.heap(bytes)),
                bytes -> reader(complaint).read(BytesInMemory.direct(bytes)),
                bytes -> reader(complaint).read(BytesInMemory.readOnly(bytes)));
        for (Function<byte[], ResultHeader> form : forms) {
            MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> form.apply(broken));
            assertEquals(expected, e.getMessage());
            assertSame(complaint, e.getCause());
        }
    }

    /** The buffer's position, limit and contents are as they were, whatever the read gave. */
    @Test
    void aBufferIsLeftAsItWas() {
        for (String body : List.of(TEXT, "{\"header\":[]}", "[1]", "{\"a\":\"\u00e9\"")) {
            byte[] bytes = body.getBytes(UTF_8);
            for (ByteBuffer buffer : List.of(BytesInMemory.heap(bytes), BytesInMemory.direct(bytes), BytesInMemory.readOnly(bytes))) {
                int position = buffer.position();
                int limit = buffer.limit();
                byte[] contents = contents(buffer);
                try {
                    reader(null).read(buffer);
                } catch (MalformedResponseException refused) {
                    // What the read gave does not matter here, only what it left.
                }
                assertEquals(position, buffer.position(), body);
                assertEquals(limit, buffer.limit(), body);
                assertArrayEquals(contents, contents(buffer), body);
            }
        }
    }

    private static byte[] contents(ByteBuffer buffer) {
        ByteBuffer all = buffer.duplicate();
        all.clear();
        byte[] contents = new byte[all.remaining()];
        all.get(contents);
        return contents;
    }

    /** Bad arguments are refused before anything is read, naming what is wrong. */
    @Test
    void badArgumentsAreRefusedNamingThem() {
        StreamingHeaderReader reader = reader(null);
        byte[] bytes = TEXT.getBytes(UTF_8);
        assertEquals("body", assertThrows(NullPointerException.class, () -> reader.read((byte[]) null, 0, 0)).getMessage());
        assertEquals("body", assertThrows(NullPointerException.class, () -> reader.read((ByteBuffer) null)).getMessage());
        assertEquals("body", assertThrows(NullPointerException.class, () -> reader.read((byte[]) null)).getMessage());
        for (int[] slice : new int[][] {{-1, 2}, {0, -1}, {1, bytes.length}, {bytes.length + 1, 0}, {Integer.MAX_VALUE, 2}}) {
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> reader.read(bytes, slice[0], slice[1]));
            assertEquals("offset " + slice[0] + " and length " + slice[1] + " do not lie within the body's " + bytes.length + " bytes",
                    e.getMessage());
        }
        assertEquals(0, closed.get(), "no cursor was opened");
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class,
                () -> reader.read(bytes, bytes.length, 0)).reason(), "an empty slice at the end is a slice");
    }

    /** The library's words are never quoted: core describes what is wrong, where, from its own view of the text. */
    @Test
    void aLibraryComplaintIsDescribedByCoreWithTheLibrarysExceptionAsCause() {
        IOException complaint = new IOException("Unexpected character ('}' (code 125))\n at [Source: REDACTED]");
        String broken = "{\"header\":{\"isSuccessful\":tru}}";
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> reader(complaint).read(broken));
        assertEquals(Reason.MALFORMED_JSON, e.reason());
        assertEquals("MALFORMED_JSON: invalid JSON at line 1, column 30 (character offset 29): found '}' in a literal, "
                + "which must be true, false or null", e.getMessage());
        assertSame(complaint, e.getCause());
        assertEquals(1, closed.get());
        MalformedResponseException bytes = assertThrows(MalformedResponseException.class,
                () -> reader(complaint).read(broken.getBytes(UTF_8)));
        assertEquals("MALFORMED_JSON: invalid JSON at line 1, column 30 (byte offset 29): found '}' in a literal, "
                + "which must be true, false or null", bytes.getMessage());
    }

    /** A library stricter than JSON: refused, and said so, without its words. */
    @Test
    void aLibraryRefusingValidTextIsSaidSo() {
        IOException complaint = new IOException("y".repeat(150));
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> reader(complaint).read(TEXT.getBytes(UTF_8)));
        assertEquals("MALFORMED_JSON: invalid JSON: the JSON library refused text that is JSON up to line 1, column 74 "
                + "(byte offset 73)", e.getMessage());
        assertSame(complaint, e.getCause());
    }

    @Test
    void aFailureOfTheInputStaysAnIoFailure() {
        IOException reset = new IOException("connection reset");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw reset;
            }
        };
        // The library may wrap the input's exception in its own; the input's own is what surfaces.
        IOException wrapped = new IOException("I/O error while parsing", reset);
        assertSame(reset, assertThrows(IOException.class, () -> reader(wrapped).read(failing)));
    }

    @Test
    void textProblemsPassThroughUnchanged() {
        StreamingHeaderReader reader = reader(null);
        assertEquals(Reason.NOT_AN_OBJECT, assertThrows(MalformedResponseException.class, () -> reader.read("[1]")).reason());
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class, () -> reader.read(" ")).reason());
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                () -> reader.read(new byte[] {'{', (byte) 0xC0, (byte) 0x80, '}'})).reason());
    }

    @Test
    void theApplicationsInputIsNotClosed() throws IOException {
        boolean[] inputClosed = {false};
        InputStream in = new ByteArrayInputStream(TEXT.getBytes(UTF_8)) {
            @Override
            public void close() {
                inputClosed[0] = true;
            }
        };
        reader(null).read(in);
        assertFalse(inputClosed[0]);
    }

    @Test
    void inMemoryReadsDeclareNoIoException() {
        // read(String) and read(byte[]) cannot fail on input; a cursor's IOException is malformed JSON.
        StreamingHeaderReader reader = new StreamingHeaderReader(backend(text -> {
            throw new IOException("parser could not start");
        }), ReadOptions.defaults());
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class, () -> reader.read(TEXT)).reason());
        assertFalse(UncheckedIOException.class.isInstance(
                assertThrows(RuntimeException.class, () -> reader.read(TEXT.getBytes(UTF_8)))));
    }

    /** Reads all of its text (so the text source does its checks), then plays a success document. */
    private final class PlayingCursor implements JsonCursor {
        private final Reader text;
        private final IOException complaint;
        private JsonCursor tree;

        PlayingCursor(Reader text, IOException complaint) {
            this.text = text;
            this.complaint = complaint;
        }

        @Override
        public Token next() throws IOException {
            if (tree == null) {
                char[] buffer = new char[16];
                while (text.read(buffer, 0, buffer.length) >= 0) {
                    // consume
                }
                if (complaint != null) {
                    throw complaint;
                }
                tree = MiniTree.cursor(response(true, 0, "SUCCESS"));
            }
            return tree.next();
        }

        @Override
        public String text() throws IOException {
            return tree.text();
        }

        @Override
        public int textLength() throws IOException {
            return tree.textLength();
        }

        @Override
        public boolean atEndOfInput() {
            return true;
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
