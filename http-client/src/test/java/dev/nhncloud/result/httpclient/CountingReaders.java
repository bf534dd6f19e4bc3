package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readers that count what they are given: how many reads, and how many bytes the real reader
 * pulled from the streams. What a reader pulls is at least what it parses (a parser fills its
 * buffer ahead), so the counts bound the work of the header search and of the one pass from
 * above.
 */
final class CountingReaders {

    private CountingReaders() {
    }

    /** A stream that counts the bytes read from it. */
    private static InputStream counting(InputStream in, AtomicLong bytes) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                int count = super.read(into, offset, length);
                if (count > 0) {
                    bytes.addAndGet(count);
                }
                return count;
            }
        };
    }

    /** A header reader, as the handlers' header search uses it from a stream. */
    static final class Header implements HeaderReader {
        private final HeaderReader real;
        final AtomicLong reads = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        Header(HeaderReader real) {
            this.real = real;
        }

        @Override
        public ResultHeader read(InputStream body) throws IOException {
            reads.incrementAndGet();
            return real.read(counting(body, bytes));
        }

        @Override
        public ResultHeader read(Reader body) throws IOException {
            throw new AssertionError("the handlers read bytes");
        }

        @Override
        public ResultHeader read(String body) {
            throw new AssertionError("the handlers read bytes");
        }

        @Override
        public ResultHeader read(byte[] body) {
            throw new AssertionError("the handlers read bytes");
        }

        @Override
        public ResultHeader read(byte[] body, int offset, int length) {
            throw new AssertionError("the handlers read a stream");
        }

        @Override
        public ResultHeader read(ByteBuffer body) {
            throw new AssertionError("the handlers read a stream");
        }

        @Override
        public String binding() {
            return real.binding();
        }

        @Override
        public ReadOptions options() {
            return real.options();
        }
    }

    /**
     * A response reader, as the one pass uses it from a stream. A read that pulls no byte is not
     * a pass.
     */
    static final class Response implements ResponseReader {
        private final ResponseReader real;
        final AtomicLong passes = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        Response(ResponseReader real) {
            this.real = real;
        }

        private <T> T counted(InputStream body, Read<T> read) throws IOException {
            AtomicLong pulled = new AtomicLong();
            try {
                return read.read(counting(body, pulled));
            } finally {
                if (pulled.get() > 0) {
                    passes.incrementAndGet();
                }
                bytes.addAndGet(pulled.get());
            }
        }

        @Override
        public <T> T read(InputStream body, Class<T> type) throws IOException {
            return counted(body, in -> real.read(in, type));
        }

        @Override
        public <T> T read(InputStream body, Type type) throws IOException {
            return counted(body, in -> real.<T>read(in, type));
        }

        @Override
        public <T> T read(byte[] body, Class<T> type) {
            throw new AssertionError("the handlers read a stream");
        }

        @Override
        public <T> T read(byte[] body, int offset, int length, Class<T> type) {
            throw new AssertionError("the handlers read a stream");
        }

        @Override
        public <T> T read(ByteBuffer body, Class<T> type) {
            throw new AssertionError("the handlers read a stream");
        }

        @Override
        public <T> T read(String body, Class<T> type) {
            throw new AssertionError("the handlers read a stream");
        }

        @Override
        public boolean binds(Type type) {
            return real.binds(type);
        }

        @Override
        public String binding() {
            return real.binding();
        }

        @FunctionalInterface
        private interface Read<T> {
            T read(InputStream in) throws IOException;
        }
    }
}
