package dev.nhncloud.result.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failures of the input itself: a stream or reader that throws in the middle of a read, hands
 * out one byte at a time, or answers {@code read(byte[])} with 0 bytes again and again.
 *
 * <ul>
 * <li>An {@link IOException} of the input reaches the caller as that very exception, never as a
 *     {@link MalformedResponseException} and never hidden by a header, whatever the offset it is
 *     thrown at, in every binding and mode.</li>
 * <li>A header is returned only when every byte of it was delivered: a fault before the header's
 *     closing brace always fails the read; with validation, any fault does.</li>
 * <li>The reader never closes the stream or reader it is given, whatever the outcome: the caller
 *     opened it and closes it ({@code HeaderReader}'s javadoc says so).</li>
 * </ul>
 */
class IoFaultTest {

    static final ResultHeader HEADER = ResultHeader.of(false, -3, "Permission denied: token expired");
    static final String HEADER_MEMBER = "\"header\":{\"isSuccessful\":false,\"resultCode\":-3,"
            + "\"resultMessage\":\"Permission denied: token expired\"}";
    static final String INSTANCES = "\"instances\":[{\"id\":\"5c8d7a60\",\"status\":\"ACTIVE\",\"flavor\":{\"ram\":4096}},"
            + "{\"id\":\"7c1d0f2e\",\"status\":\"SHUTOFF\",\"flavor\":{\"ram\":8192}}]";

    /** Header first, then a body: early exit stops after the header. */
    static final String HEADER_FIRST = "{" + HEADER_MEMBER + "," + INSTANCES + "}";
    /** A body, then the header: everything is read. */
    static final String HEADER_LAST = "{" + INSTANCES + "," + HEADER_MEMBER + "}";

    private static final List<ReadOptions> MODES = List.of(
            ReadOptions.defaults(), ReadOptions.builder().validateDocument(true).build());

    /** Where the header ends: the offset just past its closing brace. */
    private static int headerEnd(String document) {
        return document.indexOf(HEADER_MEMBER) + HEADER_MEMBER.length();
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void aStreamThatFailsAtAnyOffsetFailsTheReadWithItsOwnIOException(Binding binding) {
        for (ReadOptions mode : MODES) {
            HeaderReader reader = binding.reader(mode);
            for (String document : List.of(HEADER_FIRST, HEADER_LAST)) {
                byte[] bytes = document.getBytes(UTF_8);
                for (int chunk : new int[] {1, 7, 8192}) {
                    for (int failAt = 0; failAt <= bytes.length; failAt++) {
                        FaultyStream in = new FaultyStream(bytes, chunk, failAt);
                        String what = binding + " " + mode + " chunk " + chunk + ", fault at byte " + failAt + " of " + document;
                        checkFaultyRead(what, mode, document, failAt, in.fault, () -> in.closed, () -> reader.read(in));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void aReaderThatFailsAtAnyOffsetFailsTheReadWithItsOwnIOException(Binding binding) {
        for (ReadOptions mode : MODES) {
            HeaderReader reader = binding.reader(mode);
            for (String document : List.of(HEADER_FIRST, HEADER_LAST)) {
                for (int chunk : new int[] {1, 8192}) {
                    for (int failAt = 0; failAt <= document.length(); failAt++) {
                        FaultyReader in = new FaultyReader(document, chunk, failAt);
                        String what = binding + " " + mode + " chunk " + chunk + ", fault at char " + failAt + " of " + document;
                        checkFaultyRead(what, mode, document, failAt, in.fault, () -> in.closed, () -> reader.read(in));
                    }
                }
            }
        }
    }

    /** A read of an input that throws {@code fault} at {@code failAt}. */
    private interface FaultyRead {
        ResultHeader read() throws IOException;
    }

    /**
     * The read fails with the input's own exception, or returns the header only when the input
     * failed after the header's end and without validation; the input is never closed.
     */
    private static void checkFaultyRead(String what, ReadOptions mode, String document, int failAt, IOException fault,
            BooleanSupplier closed, FaultyRead read) {
        ResultHeader header;
        try {
            header = read.read();
        } catch (IOException e) {
            assertSame(fault, e, what);
            assertFalse(closed.getAsBoolean(), what + ": closed");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": the input's IOException became " + e, e);
        }
        assertFalse(closed.getAsBoolean(), what + ": closed");
        assertEquals(HEADER, header, what);
        assertFalse(mode.validateDocument(), what + ": validation returned a header without reading to the end");
        assertTrue(failAt >= headerEnd(document),
                what + ": a header returned though the input failed before its end (" + headerEnd(document) + ")");
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void oneByteAtATimeReadsTheSameHeaderAndNoFurtherThanItsEnd(Binding binding) throws IOException {
        for (ReadOptions mode : MODES) {
            for (String document : List.of(HEADER_FIRST, HEADER_LAST)) {
                byte[] bytes = document.getBytes(UTF_8);
                FaultyStream in = new FaultyStream(bytes, 1, Integer.MAX_VALUE);
                assertEquals(HEADER, binding.reader(mode).read(in), binding + " " + mode + " " + document);
                assertFalse(in.closed);
                if (mode.validateDocument()) {
                    assertEquals(bytes.length, in.position, "validation reads everything");
                } else {
                    // Early exit: the library asks for one byte at a time and stops at the closing brace.
                    assertEquals(headerEnd(document), in.position, binding + ": bytes read with early exit, " + document);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void zeroByteReadsNeitherSpinNorLoseData(Binding binding) throws IOException {
        for (ReadOptions mode : MODES) {
            for (String document : List.of(HEADER_FIRST, HEADER_LAST)) {
                byte[] bytes = document.getBytes(UTF_8);
                ZeroReturningStream in = new ZeroReturningStream(bytes);
                assertEquals(HEADER, binding.reader(mode).read(in), binding + " " + mode + " " + document);
                assertFalse(in.closed);
                // Each 0 is answered by one single-byte read, never by asking again and again.
                assertTrue(in.zeroAnswers <= bytes.length + 1, () -> in.zeroAnswers + " calls answered 0 for " + bytes.length + " bytes");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void aStreamEndingEarlyIsMalformedNotAnIOErrorAndIsNotClosed(Binding binding) throws IOException {
        for (ReadOptions mode : MODES) {
            byte[] bytes = HEADER_LAST.getBytes(UTF_8);
            for (int end = 1; end < headerEnd(HEADER_LAST); end++) {
                FaultyStream in = new FaultyStream(java.util.Arrays.copyOf(bytes, end), 7, Integer.MAX_VALUE);
                MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> binding.reader(mode).read(in),
                        binding + " " + mode + " truncated at " + end);
                assertEquals(MalformedResponseException.Reason.MALFORMED_JSON, e.reason(), e.getMessage());
                assertFalse(in.closed);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void anUncheckedExceptionOfTheInputIsNeitherHiddenNorCalledMalformed(Binding binding) {
        for (ReadOptions mode : MODES) {
            byte[] bytes = HEADER_LAST.getBytes(UTF_8);
            for (int failAt : new int[] {0, 1, 20, headerEnd(HEADER_LAST) - 1}) {
                UncheckedIOException reset = new UncheckedIOException(new IOException("connection reset"));
                InputStream in = new FaultyStream(bytes, 7, failAt) {
                    @Override
                    void fail() {
                        throw reset;
                    }
                };
                try {
                    ResultHeader header = binding.reader(mode).read(in);
                    fail(binding + " " + mode + ": a header (" + header + ") though the input failed at " + failAt);
                } catch (MalformedResponseException e) {
                    fail(binding + " " + mode + ": the input's own failure became " + e, e);
                } catch (IOException | RuntimeException e) {
                    // The very exception, or an IOException caused by it: either way an I/O failure.
                    assertTrue(e == reset || e.getCause() == reset || e.getCause() == reset.getCause(),
                            () -> binding + " " + mode + ": got " + e);
                }
            }
        }
    }

    /** Hands out {@code bytes} a chunk at a time, and throws once a read would deliver byte {@code failAt}. */
    static class FaultyStream extends InputStream {
        final byte[] bytes;
        final int chunk;
        final int failAt;
        final IOException fault = new IOException("connection reset by peer (test fault)");
        int position;
        boolean closed;

        FaultyStream(byte[] bytes, int chunk, int failAt) {
            this.bytes = bytes;
            this.chunk = chunk;
            this.failAt = failAt;
        }

        void fail() throws IOException {
            throw fault;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= failAt) {
                fail();
            }
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, chunk), Math.min(bytes.length, failAt) - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** The same for characters. */
    static final class FaultyReader extends Reader {
        final String text;
        final int chunk;
        final int failAt;
        final IOException fault = new IOException("connection reset by peer (test fault)");
        int position;
        boolean closed;

        FaultyReader(String text, int chunk, int failAt) {
            this.text = text;
            this.chunk = chunk;
            this.failAt = failAt;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= failAt) {
                throw fault;
            }
            if (position >= text.length()) {
                return -1;
            }
            int count = Math.min(Math.min(length, chunk), Math.min(text.length(), failAt) - position);
            text.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Answers every {@code read(byte[])} with 0 bytes; only the single-byte {@code read()} makes progress. */
    static final class ZeroReturningStream extends InputStream {
        final byte[] bytes;
        int position;
        int zeroAnswers;
        boolean closed;

        ZeroReturningStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            zeroAnswers++;
            return 0;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
