package dev.nhncloud.result.benchmarks.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Helpers shared by the cost analyses. */
final class Settings {

    private Settings() {
    }

    /** The JDK's own decoding of the bytes, as a library given an InputStream does it. */
    static Reader jdkReader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    /** Reads a reader to its end through a buffer of the given size; the number of characters. */
    static long drain(Reader reader, int bufferSize) throws IOException {
        char[] buffer = new char[bufferSize];
        long total = 0;
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
            total += n;
        }
        return total;
    }
}
