package dev.nhncloud.result.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import dev.nhncloud.result.spi.JsonBackend;
import java.util.Objects;

/**
 * The text every streaming binding reads, whatever form the application gave: the same
 * characters reach Jackson, Gson and JSON-P, so they cannot disagree about encoding.
 *
 * <ul>
 * <li>Bytes are decoded as strict UTF-8. An invalid sequence is reported when the library
 *     reaches it, not before: the characters before it are delivered first, so a fault after
 *     the header does not spoil an early exit, whatever buffer sizes the library uses.</li>
 * <li>One leading byte order mark (U+FEFF) is dropped, in every form.</li>
 * <li>The root's kind is decided from its first significant character ({@link RootStart}).</li>
 * <li>An {@link IOException} of the application's stream or reader is recorded, so that core
 *     can tell it from the library's complaints about the text ({@link #failure()}).</li>
 * <li>{@link #close()} does nothing: the application owns its stream, so a library may close
 *     its parser freely.</li>
 * </ul>
 */
public abstract class TextSource extends Reader implements Source {

    /** What has been read, for positions: bytes for a stream or an array, characters for text. */
    private final Delivered record;
    private final RootStart root;
    private IOException failure;
    /** A failure met while filling a large request after some characters had been read. */
    private Exception heldBack;
    private boolean started;
    /** Whether a library has asked for characters yet. */
    private boolean read;
    /** Null until the rules ask for it: a data-binding library reading this text has no use for it. */
    private TokenBound bound;
    /**
     * The characters of the last delivery from a string's opening quote on, when the string was
     * still open at its end, to be delivered first by the next read (see {@link #read}).
     */
    private char[] tail;
    private int tailStart;
    private int tailEnd;

    TextSource(Delivered record) {
        this.record = record;
        this.root = new RootStart(record);
    }

    /**
     * Text decoded from a stream of UTF-8 bytes.
     *
     * @param bytes the application's stream; not closed
     * @return the text
     */
    public static TextSource of(InputStream bytes) {
        return new Utf8(Objects.requireNonNull(bytes, "body"));
    }

    /**
     * Text decoded from UTF-8 bytes in memory, without copying them.
     *
     * @param bytes the bytes; not modified
     * @return the text
     */
    public static TextSource of(byte[] bytes) {
        return new Utf8(ByteSource.view(bytes));
    }

    /**
     * Text decoded from a slice of an array of UTF-8 bytes, without copying it; offsets in
     * messages count from {@code bytes[offset]}.
     *
     * @param bytes  the array; not modified
     * @param offset the slice's first byte
     * @param length the slice's length
     * @return the text
     * @throws NullPointerException      when {@code bytes} is null
     * @throws IndexOutOfBoundsException when the slice does not lie within the array
     */
    public static TextSource of(byte[] bytes, int offset, int length) {
        return new Utf8(ByteSource.view(bytes, offset, length));
    }

    /**
     * Text decoded from the UTF-8 bytes of a buffer between its position and its limit, straight
     * from the buffer; offsets in messages count from the position. The buffer's position, limit
     * and contents are not changed.
     *
     * @param bytes a heap or direct buffer, read-only or not
     * @return the text
     * @throws NullPointerException when {@code bytes} is null
     */
    public static TextSource of(ByteBuffer bytes) {
        return new Utf8(ByteSource.view(bytes));
    }

    /**
     * Text from the application's reader.
     *
     * @param chars the reader; not closed
     * @return the text
     */
    public static TextSource of(Reader chars) {
        return new Chars(Objects.requireNonNull(chars, "body"));
    }

    /**
     * Text from a string.
     *
     * @param chars the string
     * @return the text
     */
    public static TextSource of(String chars) {
        return new InMemory(Objects.requireNonNull(chars, "body"));
    }

    @Override
    public final IOException failure() {
        return failure;
    }

    @Override
    public final Delivered delivered() {
        return record;
    }

    @Override
    public RuntimeException fault() {
        return null;
    }

    /**
     * Found in every character delivered from the first one, as it is delivered, once asked for
     * before the library's first read (the streaming reader asks before it opens a cursor); asked
     * for later, it could not cover what came before, and proves nothing.
     */
    @Override
    public final TokenBound tokenBound() {
        if (bound == null) {
            bound = read ? TokenBound.NONE : TokenBound.ofText();
        }
        return bound;
    }

    final IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * Reads decoded characters.
     *
     * @param buffer the destination
     * @param offset where to start writing
     * @param length the most characters to read, at least 1
     * @return the number read, at least 1, or -1 at the end
     * @throws IOException when the input fails
     */
    abstract int fill(char[] buffer, int offset, int length) throws IOException;

    /**
     * Whether {@link #fill} can deliver a character, or the end, without waiting for the
     * application's input.
     *
     * @return true when a fill would not block
     */
    abstract boolean canFillWithoutWaiting();

    /**
     * Reads characters. A request for more than {@link JsonBackend#LARGE_REQUEST} characters is
     * filled as far as the input allows without waiting (see {@link JsonBackend}); a failure met
     * after some of them is held back until the next read, so the characters before it come first.
     *
     * <p>For the streaming reader's rules ({@link #tokenBound()}), a delivery that ends inside a
     * string which opened after its first character stops before that string's opening quote; the
     * next read delivers the string's characters first, then as many more as come without
     * waiting. A library that returns a name at its opening quote (Gson) then has its closing
     * quote too, unless the name is longer than a read, so the bound covers it and the library
     * need not build it. Holding back changes nothing else: what is held back cannot end a token
     * before more of it has come, the input is read no further, and the next read delivers it
     * without waiting for the input.
     */
    @Override
    public final int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        read = true;
        if (heldBack != null) {
            Exception failure = heldBack;
            heldBack = null;
            if (failure instanceof IOException) {
                throw (IOException) failure;
            }
            throw (RuntimeException) failure;
        }
        if (length == 0) {
            return 0;
        }
        int count;
        int scanned;
        if (tailStart < tailEnd) {
            // Scanned when it was first filled; only what comes after it is new to the bound.
            scanned = Math.min(length, tailEnd - tailStart);
            System.arraycopy(tail, tailStart, buffer, offset, scanned);
            tailStart += scanned;
            count = scanned + (tailStart == tailEnd ? fillWithoutWaiting(buffer, offset + scanned, length - scanned) : 0);
        } else {
            scanned = 0;
            count = root.seen() ? fill(buffer, offset, length) : readBeforeRoot(buffer, offset, length);
            if (count > 0 && length > JsonBackend.LARGE_REQUEST && root.seen()) {
                count += fillWithoutWaiting(buffer, offset + count, length - count);
            }
        }
        if (count > scanned && bound != null) {
            int open = bound.scan(buffer, offset + scanned, offset + count);
            if (open > offset) {
                holdBack(buffer, open, offset + count);
                count = open - offset;
            }
        }
        return count;
    }

    private void holdBack(char[] buffer, int from, int to) {
        int length = to - from;
        if (tail == null || tail.length < length) {
            tail = new char[Math.max(length, 2 * (tail == null ? 0 : tail.length))];
        }
        System.arraycopy(buffer, from, tail, 0, length);
        tailStart = 0;
        tailEnd = length;
    }

    /**
     * Parsson keeps the token it is building in its buffer and copies it to the front on every
     * read that does not fill the buffer, doubling the buffer only when a read fills it: without
     * this a string of n characters would cost about n²/8,192 copies.
     */
    private int fillWithoutWaiting(char[] buffer, int offset, int length) {
        int count = 0;
        try {
            while (count < length && canFillWithoutWaiting()) {
                int more = fill(buffer, offset + count, length - count);
                if (more < 0) {
                    break;
                }
                count += more;
            }
        } catch (IOException | RuntimeException e) {
            heldBack = e;
        }
        return count;
    }

    private int readBeforeRoot(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int count = fill(buffer, offset, length);
            if (count < 0) {
                throw root.end();
            }
            if (!started) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, --count);
                    if (count == 0) {
                        continue;
                    }
                }
            }
            for (int i = offset; i < offset + count && !root.seen(); i++) {
                root.inspect(buffer[i]);
            }
            return count;
        }
    }

    /** The application owns the input; a library closing its parser must not close it. */
    @Override
    public final void close() {
    }

    /**
     * Strict UTF-8 from a stream or from bytes in memory, decoded by the JDK's decoder straight
     * into the library's buffer: no buffer of characters of its own, and no copy (bytes in memory
     * are decoded from a view of the application's array or buffer).
     *
     * <p>The first read decodes at most {@value #FIRST_CHUNK} characters and each later one twice
     * as many, up to what the library asks for, so that an early exit decodes about the few
     * hundred bytes the header takes whatever the size of the body and of the library's buffer,
     * while a read to the end soon decodes in the library's own buffer size. A stream is read
     * the same way: first {@value #FIRST_STREAM_BUFFER} bytes, then {@value #STREAM_BUFFER} at a time.
     */
    private static final class Utf8 extends TextSource {
        private static final int FIRST_STREAM_BUFFER = 1024;
        private static final int STREAM_BUFFER = 8192;
        private static final int FIRST_CHUNK = 256;
        private static final int MAX_CHUNK = 1 << 20;
        private static final int NONE = -1;

        private final InputStream in;
        private ByteBuffer bytes;
        // The default actions of a new decoder are REPORT: nothing is ever replaced.
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        private boolean endOfInput;
        private long bytesTaken;
        private int chunk = FIRST_CHUNK;
        /** The low surrogate of a pair whose high one was the only character the library had room for. */
        private int carried = NONE;
        private RuntimeException pending;

        Utf8(InputStream in) {
            super(Delivered.ofStream());
            this.in = in;
            this.bytes = ByteBuffer.allocate(FIRST_STREAM_BUFFER);
            this.bytes.flip();
        }

        /** Bytes in memory: a view ({@link ByteSource#view}), decoded through a duplicate of its own. */
        Utf8(ByteBuffer view) {
            super(Delivered.of(view));
            this.in = null;
            this.bytes = view.duplicate();
            this.bytesTaken = view.remaining();
            this.endOfInput = true;
        }

        @Override
        public RuntimeException fault() {
            return pending;
        }

        /**
         * Decodes into the library's buffer. An invalid sequence becomes {@code pending}, thrown
         * once the characters before it have been delivered.
         */
        @Override
        int fill(char[] buffer, int offset, int length) throws IOException {
            if (carried != NONE) {
                buffer[offset] = (char) carried;
                carried = NONE;
                return 1;
            }
            if (pending != null) {
                throw pending;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, Math.min(length, chunk));
            chunk = Math.min(chunk * 2, MAX_CHUNK);
            while (true) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                int count = out.position() - offset;
                if (result.isError()) {
                    pending = Problems.invalidUtf8(Locator.ofOffset(delivered(), bytesTaken - bytes.remaining()),
                            bytes.get(bytes.position()));
                    if (count == 0) {
                        throw pending;
                    }
                    return count;
                }
                if (count > 0) {
                    return count;
                }
                if (result.isOverflow()) {
                    return splitPair(buffer, offset);
                }
                if (endOfInput) {
                    return -1;
                }
                refill();
            }
        }

        /**
         * An array is all there; a stream can be decoded without waiting when it has ended, when
         * a character or a fault is pending, when the buffer holds a whole UTF-8 sequence (four
         * bytes always do), or when the stream says it has more.
         */
        @Override
        boolean canFillWithoutWaiting() {
            if (in == null || endOfInput || pending != null || carried != NONE || bytes.remaining() >= 4) {
                return true;
            }
            try {
                return in.available() > 0;
            } catch (IOException e) {
                return false;
            }
        }

        /** The library asked for one character and the next is a surrogate pair: hand out half. */
        private int splitPair(char[] buffer, int offset) {
            CharBuffer pair = CharBuffer.allocate(2);
            decoder.decode(bytes, pair, endOfInput);
            buffer[offset] = pair.get(0);
            carried = pair.get(1);
            return 1;
        }

        private void refill() throws IOException {
            if (bytes.capacity() < STREAM_BUFFER && bytesTaken > 0) {
                // Past the first read the body is not header-first, or not small: read in larger blocks.
                bytes = ByteBuffer.allocate(STREAM_BUFFER).put(bytes);
            } else {
                bytes.compact();
            }
            int count;
            try {
                count = ByteSource.readSome(in, bytes.array(), bytes.position(), bytes.remaining());
                if (count < 0) {
                    delivered().end();
                } else {
                    delivered().append(bytes.array(), bytes.position(), count);
                }
            } catch (IOException e) {
                bytes.flip();
                throw failed(e);
            }
            if (count < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + count);
                bytesTaken += count;
            }
            bytes.flip();
        }
    }

    /** The application's reader, passed through. */
    private static final class Chars extends TextSource {
        private final Reader in;

        Chars(Reader in) {
            super(Delivered.ofReader());
            this.in = in;
        }

        @Override
        boolean canFillWithoutWaiting() {
            try {
                return in.ready();
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        int fill(char[] buffer, int offset, int length) throws IOException {
            try {
                int count = record(buffer, offset, in.read(buffer, offset, length));
                if (count == 0) {
                    // As for streams: a reader answering 0 would spin the library forever.
                    int single = in.read();
                    if (single < 0) {
                        return record(buffer, offset, -1);
                    }
                    buffer[offset] = (char) single;
                    return record(buffer, offset, 1);
                }
                return count;
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** Keeps what the reader gave, for positions; -1 is its end. */
        private int record(char[] buffer, int offset, int count) {
            if (count < 0) {
                delivered().end();
            } else {
                delivered().append(buffer, offset, count);
            }
            return count;
        }
    }

    /** A string, read in place. */
    private static final class InMemory extends TextSource {
        private final String text;
        private int position;

        InMemory(String text) {
            super(Delivered.of(text));
            this.text = text;
        }

        @Override
        boolean canFillWithoutWaiting() {
            return true;
        }

        @Override
        int fill(char[] buffer, int offset, int length) {
            if (position >= text.length()) {
                return -1;
            }
            int count = Math.min(length, text.length() - position);
            text.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }
    }
}
